package org.dossier.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.model.Article;
import org.dossier.model.Issue;
import org.dossier.read.HtmlReader;
import org.dossier.read.Limits;
import org.dossier.read.PublicationDates;

/**
 * An RSS 2.0 (also RSS 1.0) or Atom feed saved to a file, read with the JDK's streaming XML parser. Nothing is
 * fetched: an item becomes an article from what the feed itself carries.
 *
 * <p>Per item: the text is the longer of the full content ({@code content:encoded}, Atom {@code content}) and the
 * description ({@code description}, Atom {@code summary}), HTML turned into paragraphs; the URL is the
 * {@code link} (Atom: the {@code alternate} link's {@code href}); the date is {@code pubDate}, {@code dc:date},
 * Atom {@code published} or else {@code updated}; the byline is {@code author} or {@code dc:creator}; the outlet
 * is the item's {@code source} element, else the feed's own title. Items without text are skipped and counted;
 * malformed XML stops the file at the error, keeping the items before it. DTDs and external entities are refused,
 * so a hostile feed cannot make the parser read local files or expand entities without bound.
 */
final class FeedSource extends FileSource {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Problems are reported as one-line issues; without a reporter the JDK also prints "[Fatal Error] ..."
        // lines of its own on stderr.
        XML.setXMLReporter((message, type, info, location) -> { });
    }


    FeedSource(Path file) {
        this(file, Limits.defaults());
    }

    FeedSource(Path file, Limits limits) {
        super(file, limits);
    }

    @Override
    public void read(ArticleSink sink) throws IOException {
        if (skippedWhenEmpty(sink)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml;
            try {
                xml = XML.createXMLStreamReader(in);
            } catch (XMLStreamException | RuntimeException e) {
                sink.skipped(new Issue(name(), "malformed XML: " + message(e)));
                return;
            }
            new Parse(xml, sink).run();
        }
    }

    /** The state of reading one feed: the feed title and the item being read. */
    private final class Parse {
        private final XMLStreamReader xml;
        private final ArticleSink sink;
        private String feedTitle;
        private Item item;
        private int items;
        private boolean isFeed;

        Parse(XMLStreamReader xml, ArticleSink sink) {
            this.xml = xml;
            this.sink = sink;
        }

        void run() throws IOException {
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        start(xml.getLocalName().toLowerCase(Locale.ROOT));
                    } else if (event == XMLStreamConstants.END_ELEMENT && item != null && isItem(xml.getLocalName())) {
                        emit();
                    }
                }
                if (!isFeed) {
                    sink.skipped(new Issue(name(), "not an RSS or Atom feed (no rss, feed or RDF root element)"));
                } else if (items == 0) {
                    sink.skipped(new Issue(name(), "feed has no items"));
                }
            } catch (XMLStreamException | RuntimeException e) {
                // The JDK's parser also throws unchecked exceptions on some malformed input (found by fuzzing: an
                // invalid character in a DTD gives MissingResourceException): stop the file the same way.
                sink.skipped(new Issue(name() + (items > 0 ? " after item " + items : ""),
                        "malformed XML, stopped reading: " + message(e)));
            } finally {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // Closing a reader releases nothing we hold: the stream is closed by the caller.
                }
            }
        }

        private void start(String name) throws XMLStreamException, IOException {
            if (!isFeed) {
                isFeed = name.equals("rss") || name.equals("feed") || name.equals("rdf");
                if (!isFeed) {
                    throw new XMLStreamException("the root element is <" + xml.getLocalName()
                            + ">, not rss, feed or RDF", xml.getLocation());
                }
                return;
            }
            if (isItem(name)) {
                item = new Item();
                return;
            }
            if (item == null) {
                if (name.equals("title") && feedTitle == null) {
                    feedTitle = ElementText.read(xml).strip();
                }
                return;
            }
            switch (name) {
                case "title" -> item.title = ElementText.read(xml).strip();
                case "link" -> link();
                case "description", "summary" -> item.description = ElementText.read(xml);
                case "encoded", "content" -> item.content = ElementText.read(xml);
                case "pubdate", "published", "date", "issued" -> item.date = ElementText.read(xml).strip();
                case "updated", "modified" -> item.updated = ElementText.read(xml).strip();
                case "author", "creator" -> item.author = ElementText.read(xml).strip();
                case "source" -> item.source = ElementText.read(xml).strip();
                case "guid", "id" -> item.guid = ElementText.read(xml).strip();
                default -> { }
            }
        }

        /** RSS: the element's text. Atom: the href of the alternate (or only) link, read from its attributes. */
        private void link() throws XMLStreamException {
            String href = xml.getAttributeValue(null, "href");
            if (href == null) {
                item.link = ElementText.read(xml).strip();
                return;
            }
            String rel = xml.getAttributeValue(null, "rel");
            if (rel == null || rel.equals("alternate") || item.link == null) {
                item.link = href.strip();
            }
        }

        private void emit() throws IOException {
            items++;
            Item done = item;
            item = null;
            String where = name() + "#item" + items;
            String content;
            String description;
            String title;
            try {
                title = done.title == null ? null : HtmlFragments.toText(done.title, limits.maxHtmlDepth());
                content = done.content == null ? "" : HtmlFragments.toText(done.content, limits.maxHtmlDepth());
                description = done.description == null ? ""
                        : HtmlFragments.toText(done.description, limits.maxHtmlDepth());
            } catch (HtmlFragments.TooDeep e) {
                sink.skipped(new Issue(where, HtmlReader.tooDeep(limits.maxHtmlDepth())));
                return;
            }
            String text = content.length() >= description.length() ? content : description;
            if (text.isBlank()) {
                sink.skipped(new Issue(where, "item has no text (no description or content)"));
                return;
            }
            String id = firstNonBlank(done.guid, done.link, where);
            sink.article(Article.builder(id, text)
                    .title(blankToNull(title))
                    .url(blankToNull(done.link))
                    .published(PublicationDates.parse(done.date != null ? done.date : done.updated))
                    .byline(blankToNull(done.author))
                    .outlet(blankToNull(firstNonBlank(done.source, feedTitle, null)))
                    .origin(where)
                    .build());
        }
    }

    private static boolean isItem(String localName) {
        return localName.equalsIgnoreCase("item") || localName.equalsIgnoreCase("entry");
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().replaceAll("\\s+", " ").strip();
        // The JDK's messages start with "ParseError at [row,col]:[3,7] Message: ..."; keep the row and the message.
        return m.replaceFirst("^ParseError at \\[row,col\\]:\\[(\\d+),\\d+\\] Message: ", "line $1: ");
    }

    private static String firstNonBlank(String a, String b, String c) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** What is gathered about one item while its elements go by. */
    private static final class Item {
        String title;
        String link;
        String description;
        String content;
        String date;
        String updated;
        String author;
        String source;
        String guid;
    }
}
