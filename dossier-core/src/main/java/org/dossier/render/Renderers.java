package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the renderer for an output format by name ({@code --format html}) or by output file name
 * ({@code -o briefing.md}).
 *
 * <p>Format names, case-insensitive: {@code text}, {@code md} or {@code markdown}, {@code json}, {@code html}.
 * File extensions: {@code .txt}, {@code .md} (also {@code .markdown}), {@code .json}, {@code .html} or
 * {@code .htm}.
 */
public final class Renderers {

    /** The formats, each with its names (the first is canonical), file extensions and media type. */
    private enum Format {
        TEXT(List.of("text"), List.of("txt"), "text/plain; charset=utf-8", TextRenderer::new),
        MARKDOWN(List.of("md", "markdown"), List.of("md", "markdown"), "text/markdown; charset=utf-8",
                MarkdownRenderer::new),
        JSON(List.of("json"), List.of("json"), "application/json", JsonRenderer::new),
        HTML(List.of("html"), List.of("html", "htm"), "text/html; charset=utf-8", HtmlRenderer::new);

        final List<String> names;
        final List<String> extensions;
        final String mediaType;
        final Supplier<BriefingRenderer> factory;

        Format(List<String> names, List<String> extensions, String mediaType, Supplier<BriefingRenderer> factory) {
            this.names = names;
            this.extensions = extensions;
            this.mediaType = mediaType;
            this.factory = factory;
        }
    }

    private Renderers() {
    }

    /**
     * A new renderer for the named format, with default settings (text: 80 columns).
     *
     * @param name a format name such as {@code "html"}; case and surrounding spaces are ignored
     * @throws IllegalArgumentException for an unknown or null name; the message lists the valid names
     */
    public static BriefingRenderer forFormat(String name) {
        return find(name).factory.get();
    }

    /**
     * The canonical format name ({@code "text"}, {@code "md"}, {@code "json"} or {@code "html"}) for an output
     * file, from its extension; empty when the extension is missing or unknown, so that the caller can fall back
     * to a default or ask for {@code --format}.
     *
     * @param fileName a file name or path, e.g. {@code "out/briefing.HTML"}
     */
    public static Optional<String> formatForFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty(); // no extension, or a hidden file such as ".md"
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (f.extensions.contains(extension)) {
                return Optional.of(f.names.get(0));
            }
        }
        return Optional.empty();
    }

    /** The MIME type to serve a format with, e.g. {@code "text/html; charset=utf-8"} for {@code "html"}. */
    public static String mediaType(String name) {
        return find(name).mediaType;
    }

    /** Every accepted format name, canonical names first within each format: text, md, markdown, json, html. */
    public static List<String> formatNames() {
        List<String> names = new ArrayList<>();
        for (Format f : Format.values()) {
            names.addAll(f.names);
        }
        return List.copyOf(names);
    }

    private static Format find(String name) {
        if (name != null) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            for (Format f : Format.values()) {
                if (f.names.contains(key)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown output format '" + name + "'; valid formats: "
                + String.join(", ", formatNames()));
    }
}
