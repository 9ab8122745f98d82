package org.dossier.store.ingest;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * All the text inside the current XML element, child elements included, leaving the reader on its end tag.
 *
 * <p>{@code XMLStreamReader.getElementText()} fails on child elements, which feeds do have: Atom's
 * {@code <author><name>}, and {@code <content type="xhtml">} holding a {@code <div>} of paragraphs. Block-level
 * children are separated by blank lines so that paragraphs survive.
 */
final class ElementText {
    private ElementText() {
    }

    static String read(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (isBlock(xml.getLocalName())) {
                        out.append("\n\n");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0 && isBlock(xml.getLocalName())) {
                        out.append("\n\n");
                    } else if (depth > 0) {
                        out.append(' ');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> out.append(xml.getText());
                default -> { }
            }
        }
        return out.toString();
    }

    private static boolean isBlock(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "pre" -> true;
            default -> false;
        };
    }
}
