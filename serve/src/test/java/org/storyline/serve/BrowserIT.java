package org.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.storyline.store.Store;

/**
 * The web UI in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven by Selenium): story
 * list → story → timeline item → the article with that span marked and scrolled into view; search; and articles
 * whose title and body carry {@code <script>} and {@code onerror=} shown as text with no script run. The server
 * runs without its Content-Security-Policy here, so these tests see what the UI code itself does. Screenshots go
 * to {@code target/browser-screenshots/}.
 *
 * <p>Skipped, saying so, where Chromium or its driver is not installed ({@code .ci/run} installs both, so CI runs
 * these tests).
 */
class BrowserIT {
    static final Path CHROMIUM = Path.of(System.getProperty("storyline.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("storyline.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "browser-screenshots");

    @TempDir
    static Path temp;
    static Store store;
    static StorylineServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "skipped: headless browser tests "
                + "need Chromium and its driver (apt-get install chromium chromium-driver), not found at " + CHROMIUM
                + " and " + DRIVER);
        Files.createDirectories(SHOTS);
        store = ServeFixtures.store(temp.resolve("store"));
        server = StorylineServer.start(store, ServerConfig.defaults().withPort(0).withContentSecurityPolicy(false));
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--disable-extensions", "--no-first-run");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static void open(String hash) {
        browser.get(server.url() + hash);
        settle();
    }

    /** Waits until the page's route has rendered. */
    static void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !document.body.dataset.loading "
                        + "&& !document.querySelector('#main > p.muted:only-child')")));
    }

    static void screenshot(String name) throws IOException {
        File file = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static Object js(String script) {
        return browser.executeScript(script);
    }

    @Test
    void storyThenTimelineItemThenTheArticleSpan() throws IOException {
        open("#/");
        List<WebElement> stories = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".story-link"), 2));
        assertThat(stories.get(0).getText()).isEqualTo("Convoy shelled near the border");
        assertThat(browser.findElements(By.cssSelector(".story-card svg.sparkline rect.bar"))).hasSizeGreaterThan(1);
        screenshot("1-stories");

        stories.get(0).click();
        settle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.timeline .timeline-item")));
        assertThat(browser.findElements(By.cssSelector("svg.timeline .timeline-item"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("svg.network .edge"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".speaker h3"))).extracting(WebElement::getText)
                .containsExactly("Greta Ansel");
        assertThat(browser.findElements(By.cssSelector(".outlets .outlet h3"))).extracting(WebElement::getText)
                .containsExactly("Kestrian Herald", "The Elsin Courier");
        assertThat(browser.findElements(By.cssSelector(".outlet-article.disputed"))).hasSize(2);
        screenshot("2-story");

        // the quotation on the timeline: its mark links to the quote's span in a1
        WebElement mark = browser.findElement(By.cssSelector("svg.timeline a.timeline-item.quote circle"));
        mark.click();
        settle();
        assertThat(browser.getCurrentUrl()).contains("#/article/a1?s=");
        WebElement focus = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("focus")));
        assertThat(focus.getText()).isEqualTo("We will not back down");
        assertThat(focus.getAttribute("class")).contains("hl-focus").contains("hl-quote");
        wait.until(d -> Boolean.TRUE.equals(js("const r = document.getElementById('focus').getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;")));
        assertThat(browser.findElements(By.cssSelector(".article-text .hl-entity"))).extracting(WebElement::getText)
                .containsExactly("Valdria", "Kestria", "Greta Ansel");
        assertThat(browser.findElements(By.cssSelector(".article-text .hl-event"))).extracting(WebElement::getText)
                .containsExactly("accused");
        screenshot("3-article-span");
    }

    @Test
    void anArrowOfTheNetworkListsItsEventsWithLinksToTheirSentences() {
        open("#/story/s1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.network .edge")));
        // the arrows are thin SVG lines: a click on them is dispatched as a user's would be
        js("document.querySelector('svg.network .edge').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".edge-events a")));
        assertThat(link.getText()).matches("(Valdria ACCUSE Kestria|Kestria REJECT Valdria)");
        link.click();
        settle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("focus")));
        assertThat(js("return [...document.querySelectorAll('.article-text .hl-focus')].map(e => e.textContent)"
                + ".join('')")).asString()
                .matches("(Valdria accused Kestria of shelling convoy 7 on Tuesday\\.|Kestria denied shelling the "
                        + "convoy and blamed Valdria\\.)");
    }

    @Test
    void searchFindsQuotationsAndLinksToTheirSpan() throws IOException {
        open("#/");
        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys("back down");
        box.submit();
        settle();
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit.quote a")));
        assertThat(hit.getText()).isEqualTo("We will not back down");
        screenshot("4-search");
        hit.click();
        settle();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("focus"))).getText())
                .isEqualTo("We will not back down");
    }

    @Test
    void markupInTitlesAndBodiesIsShownAsTextAndNeverRuns() throws IOException {
        open("#/");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".story-link"), 2));
        assertThat(browser.findElements(By.cssSelector(".story-link")).get(1).getText())
                .isEqualTo(ServeFixtures.XSS_TITLE);

        open("#/article/x1");
        WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.article-title")));
        assertThat(title.getText()).isEqualTo(ServeFixtures.XSS_TITLE);
        String body = browser.findElement(By.cssSelector(".article-text")).getText();
        assertThat(body).contains("<script>window.__xss='body-script'</script>").contains(ServeFixtures.XSS_BODY_MARK);
        assertThat(browser.findElements(By.cssSelector(".article-text .hl-entity"))).extracting(WebElement::getText)
                .contains(ServeFixtures.XSS_BODY_MARK);
        assertThat(browser.findElement(By.cssSelector(".article .meta")).getText()).contains("<b>Outlet</b>")
                .contains("<i>Author</i>");
        screenshot("5-markup-as-text");

        open("#/story/s2");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.network .edge")));
        assertThat(js("return document.querySelector('svg.network').textContent"))
                .asString().contains("<img src=x onerror=window.__xss='net'>");
        js("document.querySelector('svg.network .edge').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".edge-events h3"))).getText())
                .isEqualTo("Borvia → <img src=x onerror=window.__xss='net'>");
        open("#/search?q=reader");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit a")));

        assertThat(js("return typeof window.__xss")).as("no injected script or handler ran").isEqualTo("undefined");
        assertThat(js("return document.querySelectorAll('#main img, #main script, #main b, #main i, #main iframe')"
                + ".length")).isEqualTo(0L);
        assertThat(js("return document.querySelectorAll('#main svg svg').length")).isEqualTo(0L);
    }
}
