package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test but the screenshot command ({@code scripts/screenshots.sh}): ingests {@code examples/} into a
 * temporary store, serves it and saves the four pages the README and {@code docs/server.md} show into the folder
 * named by {@code -Ddossier.screenshots=DIR}. Runs only when that property is set.
 */
@EnabledIfSystemProperty(named = "dossier.screenshots", matches = ".+")
class ScreenshotsTest {
    private static final int WIDTH = 1100;

    @Test
    void savePages() throws Exception {
        Path out = Path.of(System.getProperty("dossier.screenshots"));
        Files.createDirectories(out);
        Path root = SampleStore.examplesRoot();
        Path store = Files.createTempDirectory("dossier-screenshots").resolve("store");
        SampleStore.build(store, List.of(root.resolve("examples/harbour-talks").toString(),
                root.resolve("examples/tiny").toString()));
        try (DossierServer server = DossierServer.builder(store).port(0).build().start();
             Browser browser = Browser.open(WIDTH, 900)) {
            ChromeDriver driver = browser.driver;

            driver.get(server.url() + "?sort=biggest");
            save(driver, out.resolve("stories.png"), 900);

            driver.findElement(By.cssSelector("li.story a.headline")).click();
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.sources")));
            save(driver, out.resolve("story.png"), 6000); // the whole briefing, every section

            driver.manage().window().setSize(new Dimension(WIDTH, 760));
            WebElement cite = driver.findElements(By.cssSelector("section.summary .cite")).get(1);
            cite.findElement(By.cssSelector(".cite-mark")).click();
            wait(driver).until(ExpectedConditions.visibilityOf(cite.findElement(By.cssSelector(".evidence"))));
            Files.write(out.resolve("citation.png"), driver.getScreenshotAs(OutputType.BYTES));

            driver.get(server.url() + "search?q=" + Html.query("harbour dues"));
            save(driver, out.resolve("search.png"), 1200);
        }
        for (String name : List.of("stories.png", "story.png", "citation.png", "search.png")) {
            assertTrue(Files.size(out.resolve(name)) > 10_000, name + " was written");
        }
    }

    /** The whole page, up to {@code maxHeight} pixels tall. */
    private static void save(ChromeDriver driver, Path file, int maxHeight) throws Exception {
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(maxHeight, height + 140)));
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
