package org.dossier.analyse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns speaker phrases into {@link Speaker}s, walking through one article in reading order.
 *
 * <p>It remembers every speaker it has resolved, so that later mentions can point back:
 * <ul>
 *   <li>"he"/"she" goes to a person of that gender: a speaker of this or the previous paragraph, or a person
 *       named in the two paragraphs before; a person known to have that gender (from a title or from pronouns
 *       seen after the name, see {@link ArticlePeople}) beats one whose gender the article never tells, and then
 *       the most recent wins;</li>
 *   <li>"they" and "it" go to the most recent group, anonymous source or organisation;</li>
 *   <li>a bare surname or a title with a surname goes to the full name seen elsewhere in the article;</li>
 *   <li>"the official", "the source" go to the earlier anonymous description with the same head ("a senior
 *       Dunmere official"), and stay anonymous;</li>
 *   <li>"the prime minister" goes to the person introduced with that title.</li>
 * </ul>
 */
final class SpeakerResolver {
    private record Seen(int offset, int paragraph, Speaker speaker, String head) {
    }

    private final ArticlePeople people;
    private final List<Seen> seen = new ArrayList<>();

    /**
     * Speakers seen before {@code offset}, most recent first. Direct quotations are resolved before reported
     * clauses, so the list is not in text order; it is sorted here.
     */
    private List<Seen> before(int offset) {
        List<Seen> out = new ArrayList<>();
        for (Seen e : seen) {
            if (e.offset() < offset) {
                out.add(e);
            }
        }
        out.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
        return out;
    }

    SpeakerResolver(ArticlePeople people) {
        this.people = people;
    }

    /** Resolves the speaker phrase {@code mention} read as {@code r}, standing in paragraph {@code paragraph}. */
    Speaker resolve(TextSpan mention, SpeakerPhrase.Reading r, int paragraph, int paragraphStartBefore) {
        Speaker s = resolveOnly(mention, r, paragraph, paragraphStartBefore);
        seen.add(new Seen(mention.start(), paragraph, s, r.head()));
        return s;
    }

    private Speaker resolveOnly(TextSpan mention, SpeakerPhrase.Reading r, int paragraph, int notBefore) {
        if (r.pronoun() != null) {
            return pronoun(mention, r.pronoun(), paragraph, notBefore);
        }
        switch (r.kind()) {
            case ANONYMOUS -> {
                if (r.definite()) {
                    for (Seen e : before(mention.start())) {
                        if (e.speaker().anonymous() && sameHead(e.head(), r.head())) {
                            return new Speaker(mention, e.speaker().resolvedName(), true, SpeakerKind.ANONYMOUS);
                        }
                    }
                }
                return new Speaker(mention, r.name(), true, SpeakerKind.ANONYMOUS);
            }
            case PERSON -> {
                return new Speaker(mention, people.fullName(r.name()), false, SpeakerKind.PERSON);
            }
            case ORGANISATION, GROUP -> {
                return new Speaker(mention, r.name(), false, r.kind());
            }
            default -> {
                String byRole = people.byRole(mention.text());
                if (byRole != null) {
                    return new Speaker(mention, byRole, false, SpeakerKind.PERSON);
                }
                return new Speaker(mention, r.name(), false, SpeakerKind.UNKNOWN);
            }
        }
    }

    private Speaker pronoun(TextSpan mention, String pronoun, int paragraph, int notBefore) {
        boolean personal = pronoun.equals("he") || pronoun.equals("she");
        ArticlePeople.Gender g = pronoun.equals("he") ? ArticlePeople.Gender.MALE
                : pronoun.equals("she") ? ArticlePeople.Gender.FEMALE : ArticlePeople.Gender.UNKNOWN;
        if (personal) {
            // candidates: earlier speakers of this or the previous paragraph, and people named in the two
            // paragraphs before; a known gender match beats an unknown gender, then the most recent wins
            String bestName = null;
            int bestOffset = -1;
            boolean bestKnown = false;
            for (Seen e : before(mention.start())) {
                if (e.paragraph() < paragraph - 1) {
                    break;
                }
                Speaker s = e.speaker();
                if (s.kind() == SpeakerKind.PERSON && s.resolvedName() != null && !s.anonymous()
                        && people.compatible(s.resolvedName(), g)) {
                    bestName = s.resolvedName();
                    bestOffset = e.offset();
                    bestKnown = people.gender(bestName) == g;
                    if (bestKnown) {
                        break;
                    }
                }
            }
            ArticlePeople.Mention named = people.lastMentionBefore(mention.start(), g, notBefore);
            if (named != null) {
                boolean known = people.gender(named.fullName()) == g;
                if (bestName == null || (known && !bestKnown) || (known == bestKnown && named.start() > bestOffset)) {
                    bestName = named.fullName();
                }
            }
            if (bestName != null) {
                people.learn(bestName, g);
                return new Speaker(mention, bestName, false, SpeakerKind.PERSON);
            }
            return new Speaker(mention, null, false, SpeakerKind.PERSON);
        }
        if (pronoun.equals("they") || pronoun.equals("it")) {
            for (Seen e : before(mention.start())) {
                if (e.paragraph() < paragraph - 1) {
                    break;
                }
                Speaker s = e.speaker();
                boolean fits = pronoun.equals("it") ? s.kind() == SpeakerKind.ORGANISATION
                        : s.kind() == SpeakerKind.GROUP || (s.anonymous() && e.head().endsWith("s"))
                        || s.kind() == SpeakerKind.ORGANISATION;
                if (fits) {
                    return new Speaker(mention, s.resolvedName(), s.anonymous(), s.kind());
                }
            }
        }
        return new Speaker(mention, null, false, SpeakerKind.UNKNOWN);
    }

    private static boolean sameHead(String a, String b) {
        String x = singular(a);
        String y = singular(b);
        return x.equals(y);
    }

    private static String singular(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.equals("people")) {
            return "person";
        }
        return l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
    }
}
