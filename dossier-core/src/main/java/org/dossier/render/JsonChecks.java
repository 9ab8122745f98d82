package org.dossier.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The checks a JSON reader needs, each naming the JSON path of the problem in its message
 * ({@code $.quotes[3].speaker: expected a string or null, found the number 4}).
 */
final class JsonChecks {
    private JsonChecks() {
    }

    static void requireObject(JsonNode n, String path) throws BriefingJsonException {
        if (!n.isObject()) {
            throw new BriefingJsonException(path + ": expected an object, found " + describe(n));
        }
    }

    static JsonNode requiredArray(JsonNode parent, String field, String path)
            throws BriefingJsonException {
        JsonNode n = parent.get(field);
        if (n == null || !n.isArray()) {
            throw new BriefingJsonException(path + "." + field + ": expected an array, found " + describe(n));
        }
        return n;
    }

    static String requiredString(JsonNode parent, String field, String path)
            throws BriefingJsonException {
        JsonNode n = parent.get(field);
        if (n == null || !n.isTextual()) {
            throw new BriefingJsonException(path + "." + field + ": expected a string, found " + describe(n));
        }
        return n.textValue();
    }

    /** A string field that may be null or absent. */
    static String optionalString(JsonNode parent, String field, String path)
            throws BriefingJsonException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new BriefingJsonException(path + "." + field + ": expected a string or null, found "
                    + describe(n));
        }
        return n.textValue();
    }

    static int requiredInt(JsonNode parent, String field, String path, int minimum)
            throws BriefingJsonException {
        JsonNode n = parent.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new BriefingJsonException(path + "." + field + ": expected an integer, found " + describe(n));
        }
        if (n.intValue() < minimum) {
            throw new BriefingJsonException(path + "." + field + ": must be at least " + minimum + ", found "
                    + n.intValue());
        }
        return n.intValue();
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "the number " + n.asText();
            case BOOLEAN -> n.asText();
            case NULL -> "null";
            default -> n.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }
}
