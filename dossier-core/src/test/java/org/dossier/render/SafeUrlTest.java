package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeUrlTest {

    @Test
    void acceptsAbsoluteHttpAndHttpsUrls() {
        assertEquals(Optional.of("https://news.example/a?b=1&c=2#d"), SafeUrl.forLink(" https://news.example/a?b=1&c=2#d "));
        assertEquals(Optional.of("HTTP://NEWS.EXAMPLE/"), SafeUrl.forLink("HTTP://NEWS.EXAMPLE/"));
    }

    @Test
    void rejectsEverythingElse() {
        for (String url : new String[] {null, "", "  ", "javascript:alert(1)", "JavaScript:alert(1)",
                " javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "file:///etc/passwd",
                "//news.example/a", "/relative/path", "news.example/a", "https://", "https:///path",
                "https://news.example/a b", "https://news.example/\"onmouseover=x", "https://news.example/<x>",
                "http://news.example/\u0000", "java\tscript:alert(1)", "mailto:a@b.example"}) {
            assertEquals(Optional.empty(), SafeUrl.forLink(url), String.valueOf(url));
        }
    }
}
