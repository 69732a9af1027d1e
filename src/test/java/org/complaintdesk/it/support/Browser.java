package org.complaintdesk.it.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) on the desk, as a person uses it.
 * No browser is downloaded: the installed binaries are named explicitly.
 */
public final class Browser implements AutoCloseable {

    /**
     * Browsers a test has closed, by language, ready for the next test: a Chromium's start is most of a short browser
     * test's time. Given back with no cookie, on a blank page, its console read; quit when the test JVM ends.
     */
    private static final Map<String, Deque<ChromeDriver>> IDLE = new HashMap<>();
    private static final int MOST_IDLE_PER_LANGUAGE = 2;
    /** How often a wait looks again (Selenium's own half second is most of a short step's time after a click). */
    private static final Duration POLL = Duration.ofMillis(50);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "browsers-quit"));
    }

    private final URI base;
    private final String language;
    private final ChromeDriver driver;

    public Browser(DeskServer desk, String acceptLanguage) {
        this(desk.uri(""), acceptLanguage);
    }

    /** A browser on whatever serves the desk at {@code base}, such as a load balancer in front of several desks. */
    public Browser(URI base, String acceptLanguage) {
        this.base = base;
        this.language = acceptLanguage;
        ChromeDriver idle;
        synchronized (IDLE) {
            idle = IDLE.getOrDefault(acceptLanguage, new ArrayDeque<>()).poll();
        }
        this.driver = idle != null ? idle : launch(acceptLanguage);
    }

    private static ChromeDriver launch(String acceptLanguage) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("desk.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=" + acceptLanguage);
        // headless Chromium takes the Accept-Language header from this preference, not from --lang
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        // the console, for what the Content-Security-Policy blocked and scripts that failed (scriptErrors)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("desk-chromium"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("desk.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    public Browser(DeskServer desk) {
        this(desk, "en-US");
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser login(String username, String password) {
        open("/login.xhtml");
        type("username", username);
        type("password", password);
        click("submit");
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        return this;
    }

    /**
     * Logs in as another person in this same browser, as at a shared workstation: the last person's session cookie is
     * dropped first. Cheaper than a new browser, whose start is most of a short test's time.
     */
    public Browser switchTo(String username, String password) {
        driver.manage().deleteAllCookies();
        return login(username, password);
    }

    public WebElement find(By by) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(by), Duration.ofSeconds(20));
    }

    /** An element whose id ends with the given id (Faces prefixes the form's id). */
    public WebElement byId(String id) {
        return find(By.cssSelector("[id='" + id + "'], [id$=':" + id + "']"));
    }

    public void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    public void select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(byId(id)).selectByVisibleText(visibleText);
    }

    /**
     * Clicks the element once nothing covers it: while a page settles (its styles and fonts applied, the live alerts
     * connected) an element can move from under the point Chromium was about to click, which it then refuses to click.
     */
    public void click(String id) {
        click(() -> byId(id));
    }

    /** Clicks the element the locator finds once nothing covers it (see {@link #click(String)}). */
    public void click(By by) {
        click(() -> find(by));
    }

    /**
     * Clicks a button that posts its form without Ajax, and waits until the post's answer has replaced the page: an
     * element read before that (a field's message an earlier Ajax call already showed) vanishes under the reader.
     */
    public void submit(String id) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(id);
        waitFor(ExpectedConditions.stalenessOf(page));
    }

    /** Ticks a box with one click, and checks it took: a press that lands beside the box leaves it unticked. */
    public void tick(String id) {
        click(id);
        if (!byId(id).isSelected()) {
            throw new AssertionError("the box " + id + " was clicked and is not ticked\n" + pageAsFound());
        }
    }

    /**
     * Tries again only where Chromium refused the click (covered, not yet clickable, or replaced before it): a click
     * that went through is never repeated, as a second press would submit twice or untick a box.
     */
    private void click(java.util.function.Supplier<WebElement> element) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), POLL);
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(page -> {
            element.get().click();
            return true;
        });
    }

    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return waitFor(condition, Duration.ofSeconds(30));
    }

    /** Waits for a condition; a page being replaced meanwhile (a post-back, a redirect) only means "not yet". */
    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new org.openqa.selenium.TimeoutException(e.getMessage() + "\n" + pageAsFound(), e);
        }
    }

    /** What the page showed when a wait gave up, for the failure's message, with a screenshot beside the others. */
    private String pageAsFound() {
        String shot = "timeout-" + System.currentTimeMillis();
        screenshot(shot);
        try {
            String body = text();
            return "Page " + url() + " (screenshot " + shot + ".png) said:\n"
                    + (body.length() > 2000 ? body.substring(0, 2000) + " ..." : body);
        } catch (RuntimeException e) {
            return "The page could not be read: " + e;
        }
    }

    /**
     * What axe-core finds on the page as it stands against WCAG 2.1 A and AA, critical and serious only: one line
     * per rule with the elements it failed on.
     */
    @SuppressWarnings("deprecation") // the legacy mode, for the reason below
    public List<String> accessibilityProblems() {
        // violations only (axe skips gathering every passing node), and one axe.run in the page: the desk's pages have
        // no frames, and the binding's default runs each frame apart, then finishes in a blank window of its own
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .disableIframeTesting().setLegacyMode(true).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact()))
                .map(Browser::describe).toList();
    }

    /**
     * What the browser refused under the page's Content-Security-Policy (inline scripts or handlers without the page's
     * nonce, eval) and the scripts that failed (a handler calling a library the page did not load), as its console
     * reported them since the last call.
     */
    public List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Uncaught")).toList();
    }

    /**
     * The moves of the page's content (in its {@code main}) that came within half a second of a press or a key: the
     * browser's own layout-shift entries with hadRecentInput, each as what moved from where to where. Such a move puts
     * another element under a pointer on its way down, and a click meant for a button lands beside it. The alerts'
     * strip is left out: newer alerts push older ones down inside it, by design, and the page stays put.
     */
    public List<String> shiftsAfterInput() {
        @SuppressWarnings("unchecked")
        List<String> shifts = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1], found = [], main = document.querySelector('main');
                var observer = new PerformanceObserver(function (list) { found = found.concat(list.getEntries()); });
                observer.observe({type: 'layout-shift', buffered: true});
                setTimeout(function () {
                    observer.disconnect();
                    var moves = [];
                    found.filter(function (shift) { return shift.hadRecentInput; }).forEach(function (shift) {
                        shift.sources.filter(function (source) { return source.node && main.contains(source.node); })
                            .forEach(function (source) {
                                var node = source.node;
                                moves.push((node.id || node.nodeName + '.' + node.className) + ' '
                                    + Math.round(source.previousRect.y) + ' -> ' + Math.round(source.currentRect.y));
                            });
                    });
                    done(moves);
                }, 200);""");
        return shifts;
    }

    /**
     * What the Nu HTML Checker finds in the page's markup as the server sends it (fetched again in this session),
     * checked while the browser goes on.
     */
    public CompletableFuture<List<String>> markupErrors() {
        String html = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + " fetch(location.href, {credentials: 'same-origin'}).then(function (r) { return r.text(); }).then(done);");
        return HtmlChecker.errorsLater(html);
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    /**
     * Keeps every live alert on the open page (no fading, no limit of three): for tests that count the alerts a page
     * was sent, which the toasts, made to step aside, would not show for long.
     */
    public void keepLiveAlerts() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "desk.MOST_ALERTS_SHOWN = 100000; desk.ALERT_MS = 86400000; desk.URGENT_ALERT_MS = 86400000;");
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String source() {
        return driver.getPageSource();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a screenshot under target/screenshots, for a person to look at. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(target.resolve(name + ".png"), png);
        } catch (java.io.IOException | RuntimeException e) {
            // a screenshot is a help for people, never a reason to fail
        }
    }

    /** Gives the browser back for the next test as a fresh one would be, or quits it if it cannot be made so. */
    @Override
    public void close() {
        if (!madeFresh()) {
            driver.quit();
            return;
        }
        synchronized (IDLE) {
            Deque<ChromeDriver> idle = IDLE.computeIfAbsent(language, any -> new ArrayDeque<>());
            if (idle.size() < MOST_IDLE_PER_LANGUAGE) {
                idle.push(driver);
                return;
            }
        }
        driver.quit();
    }

    /** One window on a blank page (the desk's page and its websocket closed), no cookie, the console read. */
    private boolean madeFresh() {
        try {
            if (driver.getWindowHandles().size() != 1) {
                return false;
            }
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.manage().logs().get(LogType.BROWSER);
            return true;
        } catch (RuntimeException leftInAStateWeCannotUndo) {
            return false;
        }
    }

    private static void quitIdle() {
        synchronized (IDLE) {
            IDLE.values().forEach(drivers -> drivers.forEach(WebDriver::quit));
            IDLE.clear();
        }
    }
}
