package lu.alarmis.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium from the system packages. Nothing is downloaded: without Chromium the
 * browser tests fail and say how to install it.
 */
public final class Browser {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start(String language) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            Assertions.fail("Browser tests need Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them with: sudo apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900",
                // The test server's certificate comes from the demo CA, which this profile does not know.
                "--ignore-certificate-errors",
                "--lang=" + language, "--user-data-dir=" + freshProfile());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // The page's console (script errors, CSP violations), for the tests that read it.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * A wait that looks every 50 ms: WebDriverWait's default of 500 ms added half a second to each
     * page a test opened with a click (the first look always finds the old page still there).
     */
    public static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    /**
     * Clicks something that loads a new page and waits until the old page is gone. Chromium may
     * report the click, or the look at the old element, after that page is gone already: both
     * mean the same here.
     */
    public static void clickAndWaitForNextPage(WebDriver driver, WebElement element) {
        try {
            element.click();
        } catch (WebDriverException e) {
            if (!isGone(e)) {
                throw e;
            }
        }
        waitUpTo(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (isGone(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    private static boolean isGone(WebDriverException e) {
        return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("alarmis-chromium-").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
