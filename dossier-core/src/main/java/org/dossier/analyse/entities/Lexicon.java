package org.dossier.analyse.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that stand in for a trained named-entity model: titles, role words, organisation and place
 * words, places, demonyms, group names, said-verbs, words that are never names, and a small alias table.
 *
 * <p>The lists live in the resource {@code lexicon-en.txt} next to this class, in sections headed
 * {@code [name]}, so that they can be read and extended without touching code. They are loaded once.
 */
public final class Lexicon {
    private static final String RESOURCE = "lexicon-en.txt";
    private static volatile Lexicon english;

    private final List<List<String>> titles;        // token sequences, longest first
    private final Set<String> honorifics;           // lower case
    private final List<List<String>> roles;         // lower-case token sequences, longest first
    private final Set<String> orgWords;             // lower case
    private final Set<String> placeWords;           // lower case
    private final Set<String> placePrefixes;        // lower case
    private final Set<String> places;               // as written
    private final Map<String, String> demonyms;     // adjective as written → place
    private final Set<String> groups;               // as written
    private final Set<String> saidVerbs;            // lower case
    private final Set<String> notNames;             // lower case
    private final Map<String, AliasGroup> aliases;  // alias key → group
    private final Set<String> abbreviations;        // lower case, ending in "."
    private final Map<String, List<List<String>>> titlesByFirst;
    private final Map<String, List<List<String>>> rolesByFirst;

    /** One line of the alias table: a canonical name, its kind and its variants. */
    public record AliasGroup(String canonical, EntityKind kind, List<String> variants) {
        public AliasGroup {
            variants = List.copyOf(variants);
        }
    }

    private Lexicon(Map<String, List<String>> sections) {
        titles = tokenSequences(sections.get("titles"), false);
        honorifics = lower(sections.get("honorifics"));
        roles = tokenSequences(sections.get("roles"), true);
        orgWords = lower(sections.get("org-words"));
        placeWords = lower(sections.get("place-words"));
        placePrefixes = lower(sections.get("place-prefixes"));
        places = Set.copyOf(sections.getOrDefault("places", List.of()));
        Map<String, String> dem = new HashMap<>();
        for (String line : sections.getOrDefault("demonyms", List.of())) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                dem.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        demonyms = Map.copyOf(dem);
        groups = Set.copyOf(sections.getOrDefault("groups", List.of()));
        saidVerbs = lower(sections.get("said-verbs"));
        notNames = lower(sections.get("not-names"));
        Map<String, AliasGroup> al = new HashMap<>();
        for (String line : sections.getOrDefault("aliases", List.of())) {
            int colon = line.indexOf(':');
            EntityKind kind = EntityKind.valueOf(line.substring(0, colon).strip());
            List<String> forms = new ArrayList<>();
            for (String f : line.substring(colon + 1).split("\\|")) {
                forms.add(f.strip());
            }
            AliasGroup group = new AliasGroup(forms.get(0), kind, forms);
            for (String f : forms) {
                al.put(aliasKey(f), group);
            }
        }
        aliases = Map.copyOf(al);
        Set<String> abbr = new HashSet<>();
        for (String section : List.of("titles", "org-words", "not-names", "place-prefixes")) {
            for (String w : sections.getOrDefault(section, List.of())) {
                if (w.endsWith(".") && !w.contains(" ")) {
                    abbr.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        abbreviations = Set.copyOf(abbr);
        titlesByFirst = byFirstWord(titles);
        rolesByFirst = byFirstWord(roles);
    }

    private static Map<String, List<List<String>>> byFirstWord(List<List<String>> sequences) {
        Map<String, List<List<String>>> out = new HashMap<>();
        for (List<String> seq : sequences) { // already longest first
            out.computeIfAbsent(seq.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(seq);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    /** The team's English lists, loaded once from the classpath. */
    public static Lexicon english() {
        Lexicon lex = english;
        if (lex == null) {
            synchronized (Lexicon.class) {
                lex = english;
                if (lex == null) {
                    lex = new Lexicon(read(RESOURCE));
                    english = lex;
                }
            }
        }
        return lex;
    }

    /** Title token sequences ("Prime", "Minister"), longest first; compare ignoring case. */
    public List<List<String>> titles() {
        return titles;
    }

    /** Titles whose first word is {@code word} (ignoring case), longest first. */
    public List<List<String>> titlesStartingWith(String word) {
        return titlesByFirst.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** Roles whose first word is {@code word} (lower case), longest first. */
    public List<List<String>> rolesStartingWith(String word) {
        return rolesByFirst.getOrDefault(word, List.of());
    }

    /** Whether {@code title} (as written) is a courtesy title that names no role: "Mr", "Dr.". */
    public boolean isHonorific(String title) {
        return honorifics.contains(title.toLowerCase(Locale.ROOT));
    }

    /** Lower-case role token sequences ("prime", "minister"), longest first. */
    public List<List<String>> roles() {
        return roles;
    }

    public boolean isOrgWord(String word) {
        return orgWords.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isPlaceWord(String word) {
        return placeWords.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isPlacePrefix(String word) {
        return placePrefixes.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} is a listed country, capital, US state or large city (case-sensitive). */
    public boolean isPlace(String name) {
        return places.contains(name);
    }

    /** The place a demonym adjective stands for ("Russian" → "Russia"), or null. */
    public String demonymPlace(String adjective) {
        return demonyms.get(adjective);
    }

    /** Whether {@code name} names a group of people: a listed group or a demonym plural ("Syrians"). */
    public boolean isGroup(String name) {
        if (groups.contains(name)) {
            return true;
        }
        return name.endsWith("s") && demonyms.containsKey(name.substring(0, name.length() - 1));
    }

    public boolean isSaidVerb(String word) {
        return saidVerbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} (with its full stop) is a listed abbreviation: a title, org word or month ("Gen."). */
    public boolean isAbbreviation(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return abbreviations.contains(w);
    }

    /** Whether a capitalised word is never part of a name (days, months, page words). */
    public boolean isNotName(String word) {
        return notNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The alias-table line that lists {@code form}, or null. */
    public AliasGroup aliasGroup(String form) {
        return aliases.get(aliasKey(form));
    }

    /** The key under which alias forms are compared: lower case, without dots and with straight apostrophes. */
    static String aliasKey(String form) {
        return form.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'').strip();
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        if (words != null) {
            for (String w : words) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static List<List<String>> tokenSequences(List<String> lines, boolean lowerCase) {
        List<List<String>> out = new ArrayList<>();
        if (lines != null) {
            for (String line : lines) {
                String l = lowerCase ? line.toLowerCase(Locale.ROOT) : line;
                out.add(List.of(l.split("\\s+")));
            }
        }
        out.sort(Comparator.comparingInt((List<String> s) -> s.size()).reversed());
        return List.copyOf(out);
    }

    private static Map<String, List<String>> read(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("entity lexicon missing: " + resource);
        }
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity lexicon " + resource, e);
        }
        return sections;
    }
}
