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

    /** Any non-sentence above the article body: kickers, deks without a stop, labels, captions. */
    static final class Header implements LineRule {
        @Override
        public Optional<Furniture> judge(LineContext line) {
            return line.inHeader() && !line.endsLikeSentence() ? Optional.of(Furniture.HEADER) : Optional.empty();
        }

        @Override
        public String name() {
            return "header";
        }
    }

    /** Any non-sentence below the article body: tags, widget labels, sign-offs. */
    static final class Footer implements LineRule {
        @Override
        public Optional<Furniture> judge(LineContext line) {
            return line.inFooter() && !line.endsLikeSentence() ? Optional.of(Furniture.FOOTER) : Optional.empty();
        }

        @Override
        public String name() {
            return "footer";
        }
    }

    /**
     * A section heading inside the body: a line without a sentence ending that is short (at most 12 words), or
     * somewhat longer (up to 20) but written in headline capitals. Longer unterminated lines are kept: they are more
     * likely a sentence that lost its stop than a heading.
     */
    static final class Subheading implements LineRule {
        @Override
        public Optional<Furniture> judge(LineContext line) {
            if (line.endsLikeSentence() || LineFeatures.isBullet(line.text())) {
                return Optional.empty();
            }
            int words = line.words();
            boolean heading = words <= 12 || words <= 20 && LineFeatures.capitalisedRatio(line.text()) >= 0.75;
            return heading ? Optional.of(Furniture.SUBHEADING) : Optional.empty();
        }

        @Override
        public String name() {
            return "subheading";
        }
    }
}
