package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: from the story list to a story to a citation, the search box, and a story whose
 * article is made of script, event handlers and a {@code javascript:} URL, none of which may run.
 */
class BrowserTest {
    private static DossierServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser opened = Browser.open(1100, 900);
        server = DossierServer.builder(TestStore.dir()).port(0).build().start();
        browser = opened;
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void fromTheListToAStoryToACitation() throws Exception {
        var driver = browser.driver;
        driver.get(server.url() + "?sort=biggest");
        List<WebElement> stories = driver.findElements(By.cssSelector("li.story a.headline"));
        assertTrue(stories.size() >= 3, "the list shows the stories");
        String headline = stories.get(0).getText();
        stories.get(0).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.summary")));
        assertEquals(headline, driver.findElement(By.tagName("h1")).getText());
        String storyId = driver.getCurrentUrl().replaceAll(".*/stories/", "");

        // The first summary sentence's first mark must reveal the sentence its source actually wrote.
        JsonNode citation = HttpTestClient.json(new HttpTestClient(server).get("/api/stories/" + storyId))
                .get("briefing").get("summary").get(0).get("citations").get(0);
        WebElement cite = driver.findElement(By.cssSelector("section.summary .cite"));
        WebElement note = cite.findElement(By.cssSelector(".evidence"));
        assertFalse(note.isDisplayed(), "notes are hidden until asked for");
        driver.findElement(By.tagName("h1")).click(); // keep the pointer away from the mark
        cite.findElement(By.cssSelector(".cite-mark")).click();
        wait(driver).until(ExpectedConditions.visibilityOf(note));
        assertEquals("true", cite.findElement(By.cssSelector(".cite-mark")).getAttribute("aria-expanded"));
        assertTrue(note.getText().contains(citation.get("text").asText()),
                "the note shows the cited source sentence: " + note.getText());
        assertTrue(note.getText().startsWith("[" + citation.get("source").asInt() + "]"), note.getText());

        // Escape closes it again (once the pointer has left the mark, which shows it on hover).
        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        pointerAway(driver);
        wait(driver).until(ExpectedConditions.invisibilityOf(note));
        for (String section : List.of("events", "timeline", "sources", "articles")) {
            assertFalse(driver.findElements(By.cssSelector("section." + section)).isEmpty(), section);
        }
    }

    @Test
    void theSearchBoxFindsStories() {
        var driver = browser.driver;
        driver.get(server.url());
        WebElement box = driver.findElement(By.cssSelector("form.search input[name=q]"));
        box.sendKeys("footbridge", Keys.ENTER);
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li.group")));
        WebElement group = driver.findElement(By.cssSelector("ol.results li.group h2 a"));
        assertTrue(group.getText().toLowerCase().contains("footbridge"), group.getText());
        assertFalse(driver.findElements(By.cssSelector("ol.results mark")).isEmpty(), "matched words highlighted");
    }

    @Test
    void hostileArticleTextStaysInert() {
        var driver = browser.driver;
        driver.get(server.url() + "search?q=" + Html.query("ferry crews Ostmark"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li.group h2 a")));
        driver.findElement(By.cssSelector("ol.results li.group h2 a")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.sources")));

        // Touch everything a handler could hang on: hover and click the marks, focus the links.
        for (WebElement mark : driver.findElements(By.cssSelector(".cite-mark"))) {
            if (mark.isDisplayed()) {
                mark.click();
                driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE); // so the note hides the next mark
                pointerAway(driver);
            }
        }
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(driver.findElement(By.cssSelector("section.sources .outlet"))).perform();

        assertPristine(driver);
        WebElement outlet = driver.findElement(By.cssSelector("section.sources .outlet"));
        assertTrue(outlet.getText().contains("<b onmouseover="), "the markup shows as text: " + outlet.getText());
        assertTrue(driver.findElements(By.cssSelector("section.sources b")).isEmpty(), "no element from the data");
        assertTrue(driver.findElements(By.cssSelector("a[href^='javascript']")).isEmpty(), "no javascript: link");
        assertTrue(driver.findElement(By.cssSelector("section.sources .url")).getText().startsWith("javascript:"),
                "the URL is shown as text");

        // And the article page, which shows the whole text.
        driver.findElement(By.cssSelector("section.sources a.text-link")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.stored")));
        assertPristine(driver);
        assertTrue(driver.findElements(By.cssSelector("article.stored img, article.stored b")).isEmpty());
    }

    /** No hostile script ran: the title is ours and the global it would set does not exist. */
    private static void assertPristine(org.openqa.selenium.chrome.ChromeDriver driver) {
        assertFalse(driver.getTitle().contains(TestStore.PWNED) && !driver.getTitle().endsWith("· Dossier"),
                "title changed by a script: " + driver.getTitle());
        assertTrue(driver.getTitle().endsWith(" · Dossier"), driver.getTitle());
        assertEquals("undefined", driver.executeScript("return typeof window." + TestStore.PWNED + ";"));
        assertEquals(1L, driver.executeScript("return document.scripts.length;"), "only our own script");
    }

    /** Moves the pointer to the page heading, off every citation mark. */
    private static void pointerAway(org.openqa.selenium.WebDriver driver) {
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(driver.findElement(By.tagName("h1")))
                .perform();
    }

    private static WebDriverWait wait(org.openqa.selenium.WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
