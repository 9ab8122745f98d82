package org.dossier.read;

/** Small text normalisations shared by the readers. */
final class Texts {
    private Texts() {
    }

    /** CR LF and lone CR become LF; a leading BOM character is dropped. */
    static String normaliseNewlines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code value} stripped, or null when it is null or blank. */
    static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }
}
