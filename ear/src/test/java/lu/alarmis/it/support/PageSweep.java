package lu.alarmis.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens a page and clicks each of its command buttons and command links once, each on a freshly
 * loaded page, and checks what a person would notice: no error page, and nothing wrong in the
 * browser's console (script errors, scripts refused by the Content-Security-Policy). Sign-out is
 * left for {@link #signOutOnce}, so that the session lives through the sweep.
 */
public final class PageSweep {

    /** Command buttons and links inside forms; PrimeFaces' and plain Faces' alike. */
    private static final String COMMANDS_CSS = "form button:not([id='signOutForm:signOut']),"
            + " form input[type=submit]:not([id='signOutForm:signOut']), form a[href='#']";
    private static final By COMMANDS = By.cssSelector(COMMANDS_CSS);
    /**
     * For each command of the page, in one round trip to the browser rather than several per
     * command: whether it can be clicked (shown, enabled), its kind and the
     * text of its table row. The id without the row index of a table, or its text where it has no
     * id; a table's page links are one command (the same component pages to page 2 or to page 9);
     * the header's language links are one command each, whatever the template numbers them.
     */
    private static final String COMMANDS_SCRIPT = """
            return Array.from(document.querySelectorAll(arguments[0])).map(c => {
                const shown = !!(c.offsetWidth || c.offsetHeight || c.getClientRects().length)
                    && getComputedStyle(c).visibility !== 'hidden';
                const enabled = !c.disabled && !String(c.getAttribute('class')).includes('ui-state-disabled');
                let kind;
                if (c.closest('.ui-paginator')) {
                    const table = c.closest('.ui-datatable');
                    kind = 'paginator of ' + (table ? table.id : 'the page');
                } else if (!c.id) {
                    kind = c.tagName.toLowerCase() + ':' + c.innerText + ':' + c.getAttribute('value');
                } else {
                    kind = c.id.endsWith(':lang') ? c.id : c.id.replace(/:\\d+:/g, ':*:');
                }
                const row = c.closest('tr');
                return [shown && enabled, kind, row ? row.innerText : ''];
            });""";
    private static final String SETTLED = "return document.readyState === 'complete'"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())";

    private static final int MAX_COMMANDS_PER_PAGE = 40;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver browser;
    private final Runnable signIn;
    private int clicked;

    /** {@code signIn} signs the person in again when a click ended the session (null for visitors). */
    public PageSweep(ChromeDriver browser, Runnable signIn) {
        this.browser = browser;
        this.signIn = signIn;
    }

    public void clickEveryCommand(String path) {
        clickEveryCommand(path, null);
    }

    /**
     * Clicks each command of the page once. A command repeated on every row of a table (its id
     * differs only by the row's index) counts as one and is clicked on one row: the row that
     * contains {@code rowText} if there is one (e.g. an account made for the sweep, so that
     * "disable" does not disable someone another test needs), else the first.
     */
    public void clickEveryCommand(String path, String rowText) {
        open(path);
        assertFine(path, "the page as opened");
        screenshot(path);
        Set<String> done = new HashSet<>();
        for (int round = 0; round < MAX_COMMANDS_PER_PAGE; round++) {
            if (round > 0) {
                open(path);
            }
            Optional<WebElement> next = nextCommand(done, rowText);
            if (next.isEmpty()) {
                return;
            }
            WebElement command = next.get();
            String what = describe(command);
            click(command);
            clicked++;
            assertFine(path, what);
        }
        throw new AssertionError(path + " has more than " + MAX_COMMANDS_PER_PAGE + " commands");
    }

    @SuppressWarnings("unchecked")
    private Optional<WebElement> nextCommand(Set<String> done, String rowText) {
        List<WebElement> commands = browser.findElements(COMMANDS);
        List<List<Object>> described = (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(COMMANDS_SCRIPT,
                COMMANDS_CSS);
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(commands.size(), described.size()); i++) {
            if (Boolean.TRUE.equals(described.get(i).get(0))) {
                byKind.computeIfAbsent((String) described.get(i).get(1), k -> new ArrayList<>()).add(i);
            }
        }
        return byKind.entrySet().stream()
                .filter(kind -> done.add(kind.getKey()))
                .findFirst()
                .map(kind -> commands.get(kind.getValue().stream()
                        .filter(i -> rowText != null && String.valueOf(described.get(i).get(2)).contains(rowText))
                        .findFirst()
                        .orElse(kind.getValue().get(0))));
    }

    /** The page as opened, kept as a test report for a person to look through (target/screenshots). */
    private void screenshot(String path) {
        String name = path.replaceFirst("^/", "").replaceAll("[^A-Za-z0-9]+", "-") + ".png";
        try {
            Path file = SCREENSHOTS.resolve(name);
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the sweep's session with the header's sign-out button, checked like any command. */
    public void signOutOnce() {
        WebElement signOut = browser.findElement(By.id("signOutForm:signOut"));
        click(signOut);
        clicked++;
        assertFine(browser.getCurrentUrl(), "sign out");
        assertThat(browser.findElements(By.id("signedInAs"))).as("signed out").isEmpty();
    }

    public int clicked() {
        return clicked;
    }

    private void open(String path) {
        browser.get(TestServer.app(path).toString());
        waitUntilSettled();
        if (signIn != null && browser.getCurrentUrl().contains("/login.xhtml") && !path.startsWith("/login")) {
            signIn.run();
            browser.get(TestServer.app(path).toString());
            waitUntilSettled();
        }
        browser.manage().logs().get(LogType.BROWSER); // what loading the page logged is judged separately
    }

    private void click(WebElement command) {
        try {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", command);
            command.click();
        } catch (WebDriverException e) {
            // The click may be reported after the page it was made on is gone: that is its success.
            if (!String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                throw e;
            }
        }
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitUntilSettled();
    }

    private void waitUntilSettled() {
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED));
            } catch (WebDriverException navigating) {
                return false;
            }
        });
    }

    private void assertFine(String path, String what) {
        String where = path + ", after " + what + " (now at " + browser.getCurrentUrl() + ")";
        assertThat(browser.findElements(By.cssSelector("#error-500, #error-404, #error-403")))
                .as("an error page on " + where).isEmpty();
        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                // the page's own status (a refusal answered 403 with its explanation) is the page's business
                .filter(message -> !message.startsWith(browser.getCurrentUrl() + " - Failed to load resource"))
                .toList();
        assertThat(console).as("the browser's console on " + where).isEmpty();
    }

    private static String describe(WebElement command) {
        String id = command.getAttribute("id");
        String text = command.getText();
        return "\"" + (text == null || text.isBlank() ? command.getAttribute("value") : text.strip()) + "\""
                + (id == null || id.isBlank() ? "" : " (" + id + ")");
    }
}
