package org.dossier.clean;

import java.util.Optional;

/**
 * The rules that judge a line by where it stands and how it ends rather than by what it says. They run after all
 * content rules and only ever drop lines that do not end like a sentence (bullet teasers excepted), because every
 * article sentence does.
 */
final class PositionRules {
    private PositionRules() {
    }

    /** Bulleted summary points above the article body ("• Talks were the first since ..."). */
    static final class Teaser implements LineRule {
        @Override
        public Optional<Furniture> judge(LineContext line) {
            return line.inHeader() && LineFeatures.isBullet(line.text()) ? Optional.of(Furniture.TEASER)
                    : Optional.empty();
        }

        @Override
        public String name() {
            return "header-teaser";
        }
    }

    /**
     * Any non-sentence above the article body: kickers, deks without a stop, labels, captions. Lines of more than
     * 30 words are kept: that is a paragraph that lost its stop, not a label.
     */
    static final class Header implements LineRule {
        @Override
        public Optional<Furniture> judge(LineContext line) {
            return line.inHeader() && !line.endsLikeSentence() && line.blockWords() <= 30
                    ? Optional.of(Furniture.HEADER) : Optional.empty();
        }

        @Override
        public String name() {
            return "header";
        }
    }

    /**
     * Any short non-sentence below the article body: tags, widget labels, sign-offs. Longer lines (more than ten
     * words) are kept: below the last paragraph they are more often list items or a final paragraph without its
     * stop than furniture.
     */
    static final class Footer implements LineRule {
        @Override
        public Optional<Furniture> judge(LineContext line) {
            return line.inFooter() && !line.endsLikeSentence() && line.blockWords() <= 10
                    ? Optional.of(Furniture.FOOTER) : Optional.empty();
        }

        @Override
        public String name() {
            return "footer";
        }
    }

    /**
     * A section heading inside the body: a line without a sentence ending that is short (at most 12 words), or
     * somewhat longer (up to 20) but written in headline capitals. Longer unterminated lines are kept: they are more
     * likely a sentence that lost its stop than a heading; so are lines that hold a full sentence inside them
     * ("Prices: Ten cents. Twenty for two"), because headings do not, and a line ending with a colon before a list
     * ("The changes include:").
     */
    static final class Subheading implements LineRule {
        private static final java.util.regex.Pattern INNER_SENTENCE_END =
                java.util.regex.Pattern.compile("\\p{Ll}{2}[.!?][\"\u201D\u2019)]?\\s+\\p{Lu}");

        @Override
        public Optional<Furniture> judge(LineContext line) {
            boolean introducesList = line.text().endsWith(":") && LineFeatures.isBullet(line.next());
            if (line.endsLikeSentence() || LineFeatures.isBullet(line.text()) || introducesList
                    || INNER_SENTENCE_END.matcher(line.text()).find()) {
                return Optional.empty();
            }
            int words = line.blockWords();
            boolean heading = words <= 12 || words <= 20 && LineFeatures.capitalisedRatio(line.text()) >= 0.75;
            return heading ? Optional.of(Furniture.SUBHEADING) : Optional.empty();
        }

        @Override
        public String name() {
            return "subheading";
        }
    }
}
