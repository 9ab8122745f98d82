package org.dossier.render;

/**
 * How many terminal columns a string takes, so that wrapping at 80 columns also holds for accented, Chinese or
 * emoji text.
 *
 * <p>Counting {@code char}s would be wrong twice over: a letter outside the Basic Multilingual Plane is two
 * {@code char}s but one glyph, and a combining accent is a code point that takes no column of its own. This class
 * counts code points, gives combining and invisible format characters width 0, and gives East Asian wide and
 * full-width characters (CJK ideographs, kana, Hangul, full-width forms, most emoji) width 2. The ranges are a
 * compact approximation of Unicode's East Asian Width property, good enough for news text; a string that is
 * mis-measured only wraps a little early or late, never loses characters.
 *
 * <p>Public so that callers laying out their own terminal output (and the render quality gate) measure the same
 * way as {@link TextRenderer}.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    /** Columns taken by {@code text} in a monospace terminal. */
    public static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            width += ofCodePoint(cp);
        }
        return width;
    }

    /** Columns taken by one code point: 0, 1 or 2. */
    public static int ofCodePoint(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0; // combining accents, zero-width space and joiner, soft hyphen...
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)       // Hangul Jamo initial consonants
                || (cp >= 0x2E80 && cp <= 0x303E)   // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)   // Hiragana, Katakana, Bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)   // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)   // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)   // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)   // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)   // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)   // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)   // full-width ASCII variants
                || (cp >= 0xFFE0 && cp <= 0xFFE6)   // full-width signs
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs and emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF) // supplemental pictographs
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }
}
