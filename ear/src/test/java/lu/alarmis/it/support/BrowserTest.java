package lu.alarmis.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * One Chromium (English) for a browser test class, as a person's browser would be: every test
 * begins a new session without cookies, while scripts and style sheets stay cached (starting a
 * fresh Chromium and loading PrimeFaces' scripts again cost each test seconds).
 */
public abstract class BrowserTest {

    protected static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start("en");
    }

    @BeforeEach
    void newSession() {
        browser.get(TestServer.app("/index.xhtml").toString());
        browser.manage().deleteAllCookies();
        browser.manage().logs().get(LogType.BROWSER); // what the last test left there is not this one's
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    /** The page as it is now, kept for a person to look through (target/screenshots). */
    protected static void screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
