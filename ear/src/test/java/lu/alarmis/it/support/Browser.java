package lu.alarmis.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
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
                "--lang=" + language, "--user-data-dir=" + freshProfile());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("alarmis-chromium-").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
