package lu.alarmis.it.web;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.TestServer;

/** The public landing page, as a visitor sees and operates it. */
final class LandingPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private LandingPage(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitUpTo(driver, Duration.ofSeconds(10));
    }

    static LandingPage open(WebDriver driver) {
        driver.get(TestServer.app("/").toString());
        LandingPage page = new LandingPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        return page;
    }

    String title() {
        return driver.getTitle();
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    List<String> procedureHeadings() {
        return driver.findElements(By.cssSelector(".procedure h3")).stream().map(WebElement::getText).toList();
    }

    /** The element a keyboard user reaches with the first Tab. */
    WebElement firstTabStop() {
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        return driver.switchTo().activeElement();
    }

    /** Opens a "good to know" section with the keyboard only and returns its visible text. */
    String openDetailWithKeyboard(String sectionTitle) {
        WebElement header = driver.findElements(By.cssSelector("#details .ui-accordion-header")).stream()
                .filter(h -> h.getText().contains(sectionTitle))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + sectionTitle));
        header.sendKeys(Keys.ENTER);
        String panelId = header.getAttribute("aria-controls");
        WebElement panel = driver.findElement(By.id(panelId));
        wait.until(ExpectedConditions.attributeToBe(header, "aria-expanded", "true"));
        wait.until(d -> !panel.getText().isBlank());
        return panel.getText();
    }

    LandingPage switchLanguage(String languageName) {
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText(languageName)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        return this;
    }
}
