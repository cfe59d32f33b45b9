package lu.alarmis.it.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/** A fresh Chromium (English) for every test of a browser test class. */
public abstract class BrowserTest {

    protected ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start("en");
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }
}
