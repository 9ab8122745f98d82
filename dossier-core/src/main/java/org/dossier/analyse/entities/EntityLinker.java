package org.dossier.analyse.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dossier.model.AnalysedArticle;

/**
 * Merges the mentions of all articles of a story into entities: one per person, organisation, place or group.
 *
 * <p>Names are first grouped by their written form; forms are then merged when the evidence is clear:
 * <ul>
 *   <li><b>surname → full name</b>: "Varnholt", "Ms Varnholt" join "Ilse Varnholt" when exactly one person of
 *       the story has that surname (two people sharing a surname are never merged through it); initials and
 *       middle names ("B. Obama", "Barack H. Obama") join when first letter and surname agree with one person;</li>
 *   <li><b>acronym → expansion</b>: "NSC" joins "Northern Seas Council" when the initials of exactly one name
 *       of the story spell it, or when the text writes "Northern Seas Council (NSC)"; dots do not matter
 *       ("U.N." = "UN");</li>
 *   <li><b>the alias table</b> of the team's lexicon, for variants whose letters do not match (ISIS, ISIL,
 *       Islamic State, Da'esh);</li>
 *   <li><b>role mentions</b>: a role next to a name ("Lena Sorvik, Calvara's deputy foreign minister") joins
 *       it; any other role mention ("the Russian president", "the prime minister") joins the only person of the
 *       story with that title whose country fits, and stays a {@link EntityKind#ROLE} entity otherwise.</li>
 * </ul>
 * The canonical name is the longest of the frequent full forms. Instances are immutable and thread-safe.
 */
public final class EntityLinker {
    /** What may stand between two names of one thing: ", also known as ", ", whose members are known simply as the ". */
    private static final Pattern KNOWN_AS = Pattern.compile(
            ",?\\s*(?:\\(|whose members are |which is |also |widely |commonly |better |often )*"
                    + "(?:known|called|referred to)(?: [\\p{L}]+){0,4}? as (?:the )?");
    private static final Set<String> INITIALS_SKIP = Set.of("of", "the", "and", "for", "&", "de", "on", "in");

    private final MentionFinder finder;

    /** A linker with the team's English word lists. */
    public EntityLinker() {
        this(new MentionFinder());
    }

    /** A linker that finds mentions with {@code finder}. */
    public EntityLinker(MentionFinder finder) {
        this.finder = finder;
    }

    /** Finds the mentions of every article and links them: the story's entities, most mentioned first. */
    public List<Entity> link(List<AnalysedArticle> articles) {
        List<Mention> mentions = new ArrayList<>();
        Map<Integer, String> texts = new HashMap<>();
        for (AnalysedArticle a : articles) {
            mentions.addAll(finder.find(a));
            texts.put(a.index(), a.article().text());
        }
        return link(mentions, texts);
    }

    /**
     * Links mentions found earlier. {@code texts} maps article index to article text; it is used to see what
     * stands between two mentions ("Full Name (ACR)", "Name, role").
     */
    public List<Entity> link(List<Mention> mentions, Map<Integer, String> texts) {
        Lexicon lexicon = finder.lexicon();
        // 1. one node per written form of a name; role mentions get one node each
        Map<String, Integer> formNode = new LinkedHashMap<>();
        List<List<Mention>> nodes = new ArrayList<>();
        List<Mention> roles = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.isRole()) {
                roles.add(m);
                continue;
            }
            String key = formKey(m);
            Integer id = formNode.get(key);
            if (id == null) {
                id = nodes.size();
                formNode.put(key, id);
                nodes.add(new ArrayList<>());
            }
            nodes.get(id).add(m);
        }
        int roleBase = nodes.size();
        for (Mention r : roles) {
            nodes.add(new ArrayList<>(List.of(r)));
        }
        UnionFind sets = new UnionFind(nodes.size());
        List<EntityKind> formKinds = new ArrayList<>();
        for (int i = 0; i < roleBase; i++) {
            formKinds.add(votedKind(nodes.get(i)));
        }

        mergeAliasTable(lexicon, formNode, sets);
        mergeAcronyms(formNode, nodes, roleBase, mentions, texts, sets);
        mergeKnownAs(formNode, mentions, texts, sets);
        mergePeople(formNode, nodes, formKinds, sets);
        mergeShortForms(nodes, formKinds, sets);
        mergeRoles(lexicon, nodes, roleBase, mentions, texts, sets);
        dropDemonyms(nodes, formKinds, roleBase);

        // build entities from the sets
        Map<Integer, List<Mention>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).addAll(nodes.get(i));
        }
        List<Entity> entities = new ArrayList<>();
        for (List<Mention> group : byRoot.values()) {
            if (group.isEmpty()) {
                continue;
            }
            entities.add(build(lexicon, group));
        }
        entities.sort(Comparator.comparingInt(Entity::mentionCount).reversed().thenComparing(Entity::canonical));
        return entities;
    }

    // ---------------------------------------------------------------- merging rules

    private static void mergeAliasTable(Lexicon lexicon, Map<String, Integer> formNode, UnionFind sets) {
        Map<String, Integer> firstOfGroup = new HashMap<>();
        for (Map.Entry<String, Integer> e : formNode.entrySet()) {
            Lexicon.AliasGroup g = lexicon.aliasGroup(e.getKey());
            if (g != null) {
                Integer first = firstOfGroup.putIfAbsent(g.canonical(), e.getValue());
                if (first != null) {
                    sets.union(first, e.getValue());
                }
            }
        }
    }

    private void mergeAcronyms(Map<String, Integer> formNode, List<List<Mention>> nodes, int roleBase,
                                      List<Mention> mentions, Map<Integer, String> texts, UnionFind sets) {
        // "Full Name (ACR)": the text says it outright
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::articleIndex).thenComparingInt(Mention::start));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Mention a = sorted.get(i);
            Mention b = sorted.get(i + 1);
            if (b.acronym() && !a.acronym() && !a.isRole() && a.articleIndex() == b.articleIndex()
                    && gap(texts, a, b).strip().equals("(") && spells(b.name(), a.name())) {
                sets.union(formNode.get(formKey(a)), formNode.get(formKey(b)));
            }
        }
        // "DBC News": a known acronym followed by organisation words is that organisation
        for (int i = 0; i < roleBase; i++) {
            String[] words = nodes.get(i).get(0).name().split(" ");
            Integer acronymNode = formNode.get(Lexicon.aliasKey(words[0]));
            if (words.length >= 2 && acronymNode != null && nodes.get(acronymNode).get(0).acronym()) {
                boolean orgWords = true;
                for (int w = 1; w < words.length; w++) {
                    orgWords &= finder.lexicon().isOrgWord(words[w]);
                }
                if (orgWords) {
                    sets.union(i, acronymNode);
                }
            }
        }
        // initials of exactly one name of the story
        Map<String, Set<Integer>> byInitials = new HashMap<>();
        for (int i = 0; i < roleBase; i++) {
            Mention m = nodes.get(i).get(0);
            if (!m.acronym()) {
                String initials = initials(m.name());
                if (initials.length() >= 2) {
                    byInitials.computeIfAbsent(initials, k -> new HashSet<>()).add(i);
                }
            }
        }
        for (int i = 0; i < roleBase; i++) {
            Mention m = nodes.get(i).get(0);
            if (!m.acronym()) {
                continue;
            }
            Set<Integer> expansions = byInitials.get(m.name().replace(".", "").toUpperCase(Locale.ROOT));
            if (expansions == null) {
                continue;
            }
            Set<Integer> roots = new HashSet<>();
            for (int e : expansions) {
                roots.add(sets.find(e));
            }
            if (roots.size() == 1) {
                sets.union(i, roots.iterator().next());
            }
        }
    }

    /**
     * "the Islamic State, also known as ISIL", "the union, whose members are known simply as the Blue Nets": the
     * text names the same thing twice. Only names (not roles) of one sentence, with nothing else between them, the
     * first not a person (people's nicknames are left alone).
     */
    private static void mergeKnownAs(Map<String, Integer> formNode, List<Mention> mentions,
                                     Map<Integer, String> texts, UnionFind sets) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::articleIndex).thenComparingInt(Mention::start));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Mention a = sorted.get(i);
            Mention b = sorted.get(i + 1);
            if (a.isRole() || b.isRole() || a.articleIndex() != b.articleIndex()
                    || a.sentenceIndex() != b.sentenceIndex() || a.kind() == EntityKind.PERSON) {
                continue;
            }
            if (KNOWN_AS.matcher(gap(texts, a, b)).matches()) {
                sets.union(formNode.get(formKey(a)), formNode.get(formKey(b)));
            }
        }
    }

    /** Whether the acronym's letters are, in order, capitals of the name, starting with its first: "DMG". */
    static boolean spells(String acronym, String name) {
        String letters = acronym.replace(".", "").toUpperCase(Locale.ROOT);
        String capitals = name.codePoints().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (letters.isEmpty() || capitals.isEmpty() || letters.charAt(0) != capitals.charAt(0)) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < capitals.length() && k < letters.length(); i++) {
            if (capitals.charAt(i) == letters.charAt(k)) {
                k++;
            }
        }
        return k == letters.length();
    }

    /** The capitals of a name's words, skipping small connecting words: "Northern Seas Council" → "NSC". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || INITIALS_SKIP.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return "";
            }
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    private void mergePeople(Map<String, Integer> formNode, List<List<Mention>> nodes,
                                    List<EntityKind> formKinds, UnionFind sets) {
        // full names of people: two or more words
        Map<String, List<Integer>> bySurname = new HashMap<>();
        for (int i = 0; i < formKinds.size(); i++) {
            String[] words = nodes.get(i).get(0).name().split(" ");
            if (formKinds.get(i) == EntityKind.PERSON && words.length >= 2 && !isInitial(words[0])) {
                bySurname.computeIfAbsent(surname(words), k -> new ArrayList<>()).add(i);
            }
        }
        // full names that differ by a middle name: same first and last word
        for (List<Integer> same : bySurname.values()) {
            for (int a = 0; a < same.size(); a++) {
                for (int b = a + 1; b < same.size(); b++) {
                    String[] wa = nodes.get(same.get(a)).get(0).name().split(" ");
                    String[] wb = nodes.get(same.get(b)).get(0).name().split(" ");
                    if (key(wa[0]).equals(key(wb[0]))) {
                        sets.union(same.get(a), same.get(b));
                    }
                }
            }
        }
        for (int i = 0; i < formKinds.size(); i++) {
            EntityKind kind = formKinds.get(i);
            if (kind != EntityKind.PERSON && kind != EntityKind.OTHER) {
                continue;
            }
            Mention m = nodes.get(i).get(0);
            if (m.acronym() || nodes.get(i).stream().anyMatch(x -> x.kind() == EntityKind.PLACE
                    || x.kind() == EntityKind.ORGANISATION || x.kind() == EntityKind.GROUP)) {
                continue;
            }
            String[] words = m.name().split(" ");
            List<Integer> candidates = bySurname.get(surname(words));
            if (candidates == null) {
                continue;
            }
            Set<String> ownTitles = roleTitles(nodes.get(i));
            Set<Integer> roots = new HashSet<>();
            for (int c : candidates) {
                String first = nodes.get(c).get(0).name().split(" ")[0];
                boolean nameFits = words.length == 1 || isInitial(words[0]) && first.charAt(0) == words[0].charAt(0);
                // "President Clinton" is not "Gov. George Clinton": both carry roles, and no role is shared
                Set<String> theirTitles = roleTitles(nodes.get(c));
                boolean titlesFit = ownTitles.isEmpty() || theirTitles.isEmpty()
                        || theirTitles.stream().anyMatch(ownTitles::contains);
                if (nameFits && titlesFit) {
                    roots.add(sets.find(c));
                }
            }
            if (roots.size() == 1) {
                sets.union(i, roots.iterator().next());
            }
        }
    }

    /**
     * "the Guard" is the "Dunmere Maritime Guard" and "Essling" is "Port Essling" when the shorter organisation or
     * place name ends exactly one longer name of the same kind.
     */
    private static void mergeShortForms(List<List<Mention>> nodes, List<EntityKind> formKinds, UnionFind sets) {
        // index every proper word-suffix of every organisation and place name: "maritime guard", "guard"
        Map<String, List<Integer>> bySuffix = new HashMap<>();
        for (int j = 0; j < formKinds.size(); j++) {
            EntityKind kind = formKinds.get(j);
            if (kind != EntityKind.ORGANISATION && kind != EntityKind.PLACE) {
                continue;
            }
            String name = key(nodes.get(j).get(0).name());
            for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
                bySuffix.computeIfAbsent(name.substring(space + 1), k -> new ArrayList<>()).add(j);
            }
        }
        for (int i = 0; i < formKinds.size(); i++) {
            EntityKind kind = formKinds.get(i);
            Mention shortForm = nodes.get(i).get(0);
            if (kind != EntityKind.ORGANISATION && kind != EntityKind.PLACE && kind != EntityKind.OTHER
                    || shortForm.acronym()) {
                continue;
            }
            List<Integer> longer = bySuffix.get(key(shortForm.name()));
            if (longer == null) {
                continue;
            }
            Set<Integer> roots = new HashSet<>();
            for (int j : longer) {
                if (formKinds.get(j) == kind || kind == EntityKind.OTHER) {
                    roots.add(sets.find(j));
                }
            }
            if (roots.size() == 1) {
                sets.union(i, roots.iterator().next());
            }
        }
    }

    /**
     * "Calvaran" next to the place "Calvara" is an adjective the word lists lack, not a name: its mentions are
     * dropped, as the finder drops listed demonyms ("Russian").
     */
    private static void dropDemonyms(List<List<Mention>> nodes, List<EntityKind> formKinds, int roleBase) {
        Set<String> places = new HashSet<>();
        for (int i = 0; i < roleBase; i++) {
            if (formKinds.get(i) == EntityKind.PLACE) {
                places.add(key(nodes.get(i).get(0).name()));
            }
        }
        for (int i = 0; i < roleBase; i++) {
            String name = key(nodes.get(i).get(0).name());
            if (formKinds.get(i) == EntityKind.PLACE || name.contains(" ")) {
                continue;
            }
            for (String suffix : List.of("n", "an", "ian", "ese", "i", "ish")) {
                if (name.endsWith(suffix) && places.contains(name.substring(0, name.length() - suffix.length()))) {
                    nodes.get(i).clear();
                    break;
                }
            }
        }
    }

    /** The role words of the titles written with these mentions ("president"), leaving out "Mr", "Dr." and such. */
    private Set<String> roleTitles(List<Mention> mentions) {
        Set<String> out = new HashSet<>();
        for (Mention m : mentions) {
            if (!m.title().isEmpty() && !finder.lexicon().isHonorific(m.title())) {
                out.add(roleWord(m.title()));
            }
        }
        return out;
    }

    /** The last word, lower case, without a particle joined by a hyphen: "al-Assad" → "assad". */
    private static String surname(String[] words) {
        String last = key(words[words.length - 1]);
        int dash = last.indexOf('-');
        if (dash > 0 && Set.of("al", "el", "bin", "ibn", "abu").contains(last.substring(0, dash))) {
            last = last.substring(dash + 1);
        }
        return last;
    }

    private static boolean isInitial(String word) {
        return word.length() == 2 && word.endsWith(".") || word.matches("(\\p{Lu}\\.){2,}");
    }

    private void mergeRoles(Lexicon lexicon, List<List<Mention>> nodes, int roleBase, List<Mention> mentions,
                            Map<Integer, String> texts, UnionFind sets) {
        // what each person set is: its roles (titles that are not mere honorifics) and its countries
        Map<Integer, Set<String>> rolesOf = new HashMap<>();
        Map<Integer, Set<String>> placesOf = new HashMap<>();
        for (int i = 0; i < roleBase; i++) {
            for (Mention m : nodes.get(i)) {
                if (m.kind() != EntityKind.PERSON) {
                    continue;
                }
                int root = sets.find(i);
                if (!m.title().isEmpty() && !lexicon.isHonorific(m.title())) {
                    rolesOf.computeIfAbsent(root, k -> new HashSet<>()).add(roleWord(m.title()));
                }
                if (!m.qualifier().isEmpty()) {
                    placesOf.computeIfAbsent(root, k -> new HashSet<>()).add(place(lexicon, m.qualifier()));
                }
            }
        }
        // appositions: "Lena Sorvik, Calvara's deputy foreign minister" / "the commander ..., Gen. Aurel Brandt"
        Map<Mention, Integer> nodeOfMention = new IdentityHashMap<>(); // by identity: two mentions may be equal
        for (int i = 0; i < nodes.size(); i++) {
            for (Mention m : nodes.get(i)) {
                nodeOfMention.put(m, i);
            }
        }
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::articleIndex).thenComparingInt(Mention::start));
        Set<Integer> linked = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            Mention r = sorted.get(i);
            if (!r.isRole()) {
                continue;
            }
            Mention person = apposedPerson(sorted, i, texts);
            if (person != null) {
                int root = sets.find(nodeOfMention.get(person));
                sets.union(nodeOfMention.get(r), root);
                int newRoot = sets.find(root);
                rolesOf.computeIfAbsent(newRoot, k -> new HashSet<>()).add(r.name());
                if (!r.qualifier().isEmpty()) {
                    placesOf.computeIfAbsent(newRoot, k -> new HashSet<>()).add(place(lexicon, r.qualifier()));
                }
                linked.add(nodeOfMention.get(r));
            }
        }
        // the only person with that role (and a fitting country)
        for (int n = roleBase; n < nodes.size(); n++) {
            if (linked.contains(n)) {
                continue;
            }
            Mention r = nodes.get(n).get(0);
            String wanted = r.qualifier().isEmpty() ? "" : place(lexicon, r.qualifier());
            Set<Integer> withRole = new HashSet<>();
            for (Map.Entry<Integer, Set<String>> e : rolesOf.entrySet()) {
                if (e.getValue().contains(r.name()) || lastWordMatch(e.getValue(), r.name())) {
                    withRole.add(sets.find(e.getKey()));
                }
            }
            Set<Integer> fitting = new HashSet<>();
            for (int p : withRole) {
                Set<String> places = placesOf.getOrDefault(p, Set.of());
                if (wanted.isEmpty() || places.isEmpty() && withRole.size() == 1 || fits(places, wanted)) {
                    fitting.add(p);
                }
            }
            if (fitting.size() == 1) {
                sets.union(n, fitting.iterator().next());
            }
        }
    }

    /** The person mention right next to role mention {@code i}, separated by a comma only. */
    private static Mention apposedPerson(List<Mention> sorted, int i, Map<Integer, String> texts) {
        Mention r = sorted.get(i);
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            Mention p = sorted.get(j);
            if (p.articleIndex() == r.articleIndex() && p.kind() == EntityKind.PERSON && p.end() <= r.start()
                    && gap(texts, p, r).strip().equals(",")) {
                return p;
            }
        }
        for (int j = i + 1; j < sorted.size() && j <= i + 4; j++) {
            Mention p = sorted.get(j);
            if (p.articleIndex() == r.articleIndex() && p.kind() == EntityKind.PERSON && p.start() >= r.end()
                    && gap(texts, r, p).strip().equals(",")) {
                return p;
            }
        }
        return null;
    }

    private static String gap(Map<Integer, String> texts, Mention a, Mention b) {
        String text = texts.get(a.articleIndex());
        if (text == null || a.end() > b.start() || b.start() > text.length()) {
            return "?";
        }
        return text.substring(a.end(), b.start());
    }

    private static boolean lastWordMatch(Set<String> roles, String role) {
        String last = role.substring(role.lastIndexOf(' ') + 1);
        for (String r : roles) {
            if (r.substring(r.lastIndexOf(' ') + 1).equals(last) && (r.contains(" ") || role.contains(" "))) {
                return r.endsWith(role) || role.endsWith(r);
            }
        }
        return false;
    }

    /** A title as a role word: "Prime Minister" → "prime minister", "Gen." → "general". */
    private static String roleWord(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "gen." -> "general";
            case "sen." -> "senator";
            case "gov." -> "governor";
            case "rep." -> "representative";
            default -> t;
        };
    }

    /** A qualifier as a place key: "Russian" → "russia", "Calvara" → "calvara". */
    private static String place(Lexicon lexicon, String qualifier) {
        String p = lexicon.demonymPlace(qualifier);
        return key(p != null ? p : qualifier).replace(".", ""); // "U.S." = "US"
    }

    /** Whether a person's places fit the wanted one; "calvaran" fits "calvara" (a demonym the lists lack). */
    private static boolean fits(Set<String> places, String wanted) {
        for (String p : places) {
            if (p.equals(wanted) || wanted.startsWith(p) && wanted.length() - p.length() <= 3
                    || p.startsWith(wanted) && p.length() - wanted.length() <= 3) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- building entities

    private static Entity build(Lexicon lexicon, List<Mention> group) {
        group.sort(Comparator.comparingInt(Mention::articleIndex).thenComparingInt(Mention::start));
        Map<Integer, Integer> perSource = new TreeMap<>();
        Map<String, Integer> surfaces = new LinkedHashMap<>();
        Map<String, Integer> fullForms = new LinkedHashMap<>();
        Map<EntityKind, Integer> kinds = new EnumMap<>(EntityKind.class);
        boolean allRoles = true;
        for (Mention m : group) {
            perSource.merge(m.articleIndex(), 1, Integer::sum);
            surfaces.merge(m.text(), 1, Integer::sum);
            if (!m.isRole()) {
                allRoles = false;
                if (!m.acronym()) {
                    fullForms.merge(m.name(), 1, Integer::sum);
                }
                if (m.kind() != EntityKind.OTHER) {
                    kinds.merge(m.kind(), 1, Integer::sum);
                }
            }
        }
        EntityKind kind = allRoles ? EntityKind.ROLE : kinds.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(EntityKind.OTHER);
        String canonical = canonical(lexicon, group, fullForms);
        List<String> aliases = new ArrayList<>(surfaces.keySet());
        aliases.removeIf(a -> a.equalsIgnoreCase(canonical));
        aliases.sort(Comparator.comparingInt((String a) -> surfaces.get(a)).reversed());
        return new Entity(canonical, kind, aliases, perSource, group);
    }

    /** The longest of the frequent full forms; an alias-table name wins; acronyms only when nothing else. */
    private static String canonical(Lexicon lexicon, List<Mention> group, Map<String, Integer> fullForms) {
        for (Mention m : group) {
            Lexicon.AliasGroup g = m.isRole() ? null : lexicon.aliasGroup(m.name());
            if (g != null) {
                return g.canonical();
            }
        }
        if (fullForms.isEmpty()) {
            Mention first = group.get(0);
            return first.isRole() ? roleName(group) : first.name();
        }
        // "frequent": written at least twice, so that one unusual long form ("President Tomas Aredo of the Island
        // Republic") does not become the name; when every form is rare, all of them compete
        int max = fullForms.values().stream().max(Integer::compare).orElse(1);
        int threshold = Math.min(2, max);
        Comparator<Map.Entry<String, Integer>> longest =
                Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().split(" ").length)
                        .thenComparingInt(e -> e.getKey().length()).thenComparingInt(Map.Entry::getValue);
        String best = fullForms.entrySet().stream().filter(e -> e.getValue() >= threshold).max(longest)
                .map(Map.Entry::getKey).orElseThrow();
        if (!best.contains(" ")) {
            // only a surname is frequent ("Blinken" twice, "Antony Blinken" once): the full name still says more
            best = fullForms.entrySet().stream().filter(e -> e.getKey().contains(" "))
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(longest))
                    .map(Map.Entry::getKey).orElse(best);
        }
        return best;
    }

    private static String roleName(List<Mention> group) {
        Mention m = group.get(0);
        return m.qualifier().isEmpty() ? "the " + m.name() : m.qualifier() + " " + m.name();
    }

    private static String formKey(Mention m) {
        return m.acronym() ? Lexicon.aliasKey(m.name()) : key(m.name());
    }

    private static String key(String s) {
        return MentionFinder.key(s);
    }

    /** Disjoint sets over node numbers, with path halving. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    private static EntityKind votedKind(List<Mention> forms) {
        Map<EntityKind, Integer> count = new EnumMap<>(EntityKind.class);
        for (Mention m : forms) {
            if (m.kind() != EntityKind.OTHER) {
                count.merge(m.kind(), 1, Integer::sum);
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(EntityKind.OTHER);
    }
}
