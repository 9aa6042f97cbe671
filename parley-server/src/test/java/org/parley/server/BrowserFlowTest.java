package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main flow in a real browser: Selenium WebDriver drives Debian's Chromium headless (packages chromium and
 * chromium-driver): log in with a token, create a scenario, run it, edit a position in the actors × issues editor
 * (an invalid value first: the reader's message appears inline), save a new version, run again and see the forecast
 * change, compare the two versions and the two runs; and hostile text shows as text. Without Chromium the test is
 * skipped with the reason, except in CI where it fails.
 *
 * <p>With {@code -Dparley.screenshots=DIR} it also saves screenshots of the main pages there (docs/screenshots).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserFlowTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    ServerFixture fx;
    WebDriver browser;
    WebDriverWait wait;
    Path userData;

    @BeforeAll
    void start() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            TestDatabases.requireInCi("browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + DRIVER + "): apt-get install chromium chromium-driver");
        }
        Path dir = TestDatabases.tempDir("parley-ui");
        fx = new ServerFixture(TestDatabases.freshUrl(TestDatabases.Kind.H2, dir), dir, 2);
        userData = Files.createTempDirectory("parley-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1100", "--user-data-dir=" + userData);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        // pages are re-rendered after each answer: an element found a moment ago may be replaced
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fx != null) {
            fx.close();
        }
    }

    private WebElement find(String css) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private void setText(WebElement el, String text) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", el, text);
    }

    private void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private void screenshot(String name) throws IOException {
        String dir = System.getProperty("parley.screenshots");
        if (dir != null && !dir.isBlank()) {
            Path out = Path.of(dir).resolve(name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }

    /** Waits for the run page to show a final status and returns it. */
    private String awaitRunStatus() {
        return wait.until(d -> {
            List<WebElement> s = d.findElements(By.id("run-status"));
            if (s.isEmpty()) {
                return null;
            }
            try {
                String t = s.get(0).getText();
                return t.equals("QUEUED") || t.equals("RUNNING") ? null : t;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** The forecast of a model on an issue, as the run page shows it. */
    private String forecast(String issue, int modelColumn) {
        WebElement table = find("#forecasts");
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            if (row.findElement(By.tagName("th")).getText().equals(issue)) {
                return row.findElements(By.tagName("td")).get(modelColumn).getText();
            }
        }
        throw new AssertionError("no row for " + issue);
    }

    @Test
    void mainFlowLoginCreateEditRunCompare() throws IOException {
        String base = fx.server.url();
        browser.get(base + "/");
        WebElement token = find("#token");
        screenshot("01-login");
        token.sendKeys(fx.writeToken);
        find("#login-button").click();
        find("#new-scenario").click();

        // create the scenario from its YAML text
        setText(find("#source"), Fixtures.example("korea-2019.yaml"));
        find("#message").sendKeys("Hanoi stance");
        find("#create").click();
        assertEquals("US-DPRK nuclear talks after Hanoi (mid-2019)", find("#scenario-title").getText());

        // run version 1
        find("#run").click();
        assertEquals("SUCCEEDED", awaitRunStatus());
        String before = forecast("sequencing", 0);
        find("#report");
        screenshot("04-run-with-report");

        // edit the US position on sequencing: an invalid value first, shown inline with the reader's message
        browser.get(base + "/#/scenarios/1");
        WebElement cell = find("input[data-pointer='/actors/1/positions/sequencing/position']");
        type(cell, "150");
        WebElement problems = find("#problem-list");
        assertTrue(problems.getText().contains("150"), problems::getText);
        wait.until(d -> cell.getAttribute("class").contains("invalid"));
        screenshot("03-editor-inline-validation");
        type(cell, "30");
        find("#valid");
        assertTrue(!cell.getAttribute("class").contains("invalid"));
        find("#message").sendKeys("small deal");
        find("#save").click();
        wait.until(d -> d.findElement(By.id("run")).getText().contains("version 2"));

        // run version 2: the forecast moves
        find("#run").click();
        assertEquals("SUCCEEDED", awaitRunStatus());
        String after = forecast("sequencing", 0);
        assertNotEquals(before, after, "moving the US position must move the compromise forecast");

        // compare the two versions: the edited cell is highlighted
        browser.get(base + "/#/scenarios/1");
        new Select(find("#compare-a")).selectByVisibleText("v1");
        new Select(find("#compare-b")).selectByVisibleText("v2");
        find("#compare-versions").click();
        WebElement changes = find("#changes");
        assertTrue(changes.getText().contains("/actors/usa/positions/sequencing/position"), changes::getText);
        assertTrue(changes.getText().contains("10 [0, 35] → 30 [0, 35]"), changes::getText);
        assertEquals(2, browser.findElements(By.cssSelector(".side .changed")).size());
        screenshot("05-compare-versions");

        // compare the two runs: the forecasts that moved are highlighted
        browser.get(base + "/#/scenarios/1");
        wait.until(d -> d.findElements(By.cssSelector(".run-choice")).size() == 2);
        for (WebElement box : browser.findElements(By.cssSelector(".run-choice"))) {
            box.click();
        }
        screenshot("02-scenario-editor");
        find("#compare-runs").click();
        find("#run-diff");
        assertTrue(browser.findElements(By.cssSelector("#run-diff td.changed")).size() >= 1);
        screenshot("06-compare-runs");

        browser.get(base + "/#/runs");
        assertEquals(2, find("#runs").findElements(By.cssSelector("tbody tr")).size());
        browser.get(base + "/#/");
        find("#scenario-list");
        screenshot("00-scenarios");
    }

    @Test
    void hostileTextIsShownAsTextNeverRun() {
        String title = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
        String yaml = Fixtures.small().replace("\"Small test negotiation\"", "'" + title + "'")
                .replace("name: North", "name: \"<b onmouseover=window.__xss=3>North</b>\"");
        Http.Response r = fx.http.postJson("/api/scenarios", Map.of("source", yaml, "message",
                "<script>window.__xss=4</script>"));
        assertEquals(201, r.status(), r::toString);
        long id = r.json().at("/version/scenarioId").asLong();
        browser.get(fx.server.url() + "/");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('parley.token', arguments[0]);",
                fx.writeToken);
        browser.get(fx.server.url() + "/#/runs");
        browser.navigate().refresh();
        browser.get(fx.server.url() + "/#/");
        wait.until(d -> d.findElement(By.id("scenario-list")).getText().contains(title));
        browser.get(fx.server.url() + "/#/scenarios/" + id);
        wait.until(d -> d.findElement(By.id("scenario-title")).getText().equals(title));
        wait.until(d -> d.findElement(By.id("editor")).getText().contains("<b onmouseover=window.__xss=3>North</b>"));
        wait.until(d -> d.findElement(By.id("history")).getText().contains("<script>window.__xss=4</script>"));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss;"));
        assertEquals(0, browser.findElements(By.cssSelector("main img, main script, main b")).size());
    }
}
