package org.dossier.spark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.dossier.read.PublicationDates;

/**
 * Turns a row of a Parquet input into an article. Columns are looked up by the same names the JSON lines reader
 * accepts ({@code text} or {@code body} or {@code content}..., {@code title} or {@code headline}, {@code source} or
 * {@code outlet}...), so a crawl converted from JSON lines to Parquet reads the same. Dates may be strings, dates
 * or timestamps (taken in UTC).
 */
final class ParquetArticles {
    private static final List<String> TEXT = List.of("text", "body", "content", "maintext", "article");
    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> OUTLET = List.of("source", "outlet", "publisher", "site_name",
            "source_domain", "site");
    private static final List<String> DATE = List.of("date", "published", "date_publish", "publishedAt",
            "published_at", "pubDate", "datePublished", "time");
    private static final List<String> BYLINE = List.of("author", "byline", "authors");
    private static final List<String> URL = List.of("url", "link", "href");
    private static final List<String> ID = List.of("id", "_id", "uuid");

    private ParquetArticles() {
    }

    /** The article of row {@code number} (1-based) of {@code name}, or a problem when it has no text. */
    static ReadItem toItem(Row row, String name, long number) {
        String where = name + "#" + number;
        String text = string(row, TEXT);
        if (text == null || text.isBlank()) {
            return ReadItem.skipped(where, "no text column (expected one of text, body, content)");
        }
        String id = string(row, ID);
        return ReadItem.of(new ArticleRow(id == null || id.isBlank() ? where : id, string(row, TITLE),
                text.replace("\r\n", "\n"), string(row, OUTLET), string(row, BYLINE), date(row), string(row, URL),
                where));
    }

    private static String string(Row row, List<String> names) {
        Object v = value(row, names);
        if (v == null) {
            return null;
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            return String.join(", ", scala.jdk.javaapi.CollectionConverters.asJava(seq).stream()
                    .map(String::valueOf).toList());
        }
        if (v instanceof Object[] arr) {
            return String.join(", ", Arrays.stream(arr).map(String::valueOf).toList());
        }
        String s = v.toString();
        return s.isBlank() ? null : s;
    }

    private static LocalDate date(Row row) {
        Object v = value(row, DATE);
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof Timestamp t) {
            return LocalDate.ofInstant(t.toInstant(), ZoneOffset.UTC);
        }
        if (v instanceof Instant i) {
            return LocalDate.ofInstant(i, ZoneOffset.UTC);
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        return v == null ? null : PublicationDates.parse(v.toString());
    }

    private static Object value(Row row, List<String> names) {
        for (String name : names) {
            int i = fieldIndex(row, name);
            if (i >= 0 && !row.isNullAt(i)) {
                return row.get(i);
            }
        }
        return null;
    }

    private static int fieldIndex(Row row, String name) {
        if (row.schema() == null) {
            return -1;
        }
        String[] fields = row.schema().fieldNames();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
