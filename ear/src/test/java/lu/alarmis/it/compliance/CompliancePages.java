package lu.alarmis.it.compliance;

import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.TestServer;

/** The yearly obligations' pages as people use them: the connection's page of the client, the staff's file and dashboard. */
final class CompliancePages {

    private final WebDriver driver;
    private final WebDriverWait wait;

    CompliancePages(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitUpTo(driver, Duration.ofSeconds(15));
    }

    CompliancePages open(String path) {
        driver.get(TestServer.app(path).toString());
        return this;
    }

    /** On the client's connection page: a servicing recorded with its certificate. */
    CompliancePages recordServicing(LocalDate servicedOn, String company, File certificate) {
        date("servicing:servicedOn", servicedOn);
        type("servicing:company", company);
        driver.findElement(By.id("servicing:certificate")).sendKeys(certificate.getAbsolutePath());
        submit("servicing:recordServicing");
        return this;
    }

    /** On the staff's compliance page of a connection: a transmission test recorded by hand. */
    CompliancePages recordTest(LocalDate testedOn, boolean passed, String details) {
        date("recordTest:testedOn", testedOn);
        driver.findElements(By.cssSelector("input[name='recordTest:result']")).stream()
                .filter(radio -> String.valueOf(passed).equals(radio.getAttribute("value")))
                .findFirst().orElseThrow().click();
        type("recordTest:details", details);
        submit("recordTest:recordTestButton");
        return this;
    }

    /**
     * On the dashboard: the chart's bar of that standing clicked (index in the dashboard's order),
     * where Chart.js drew it; the page then shows that standing's list.
     */
    CompliancePages clickBar(int index) {
        WebElement canvas = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chartForm\\:chart canvas")));
        // a pointer moves only within the viewport: the chart is brought into it first
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.PF && PF('standingsChart') && PF('standingsChart').chart)")));
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) ((JavascriptExecutor) driver).executeScript("""
                const bar = PF('standingsChart').chart.getDatasetMeta(0).data[arguments[0]];
                return [bar.x, (bar.y + bar.base) / 2];""", index);
        int x = (int) Math.round(bar.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0);
        int y = (int) Math.round(bar.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0);
        String before = driver.getCurrentUrl();
        new Actions(driver).moveToElement(canvas, x, y).click().perform();
        wait.until(d -> !d.getCurrentUrl().equals(before));
        return this;
    }

    CompliancePages filterByClient(String client) {
        type("filters:client", client);
        submit("filters:find");
        return this;
    }

    CompliancePages follow(String linkText) {
        Browser.clickAndWaitForNextPage(driver, wait.until(ExpectedConditions.elementToBeClickable(By.linkText(linkText))));
        return this;
    }

    /** On the client's page: the first connection's suspension lifted, with a reason. */
    CompliancePages reinstateHere(String reason) {
        type("connections:0:change:reason", reason);
        submit("connections:0:change:reinstate");
        return this;
    }

    /** On the client's connection page: the answer to the intended decision. */
    CompliancePages answerIntendedDecision(String text) {
        type("answer:answerText", text);
        submit("answer:sendAnswer");
        return this;
    }

    String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** A date input takes the date as typed in the browser's locale: its value is set as the form sends it. */
    private void date(String id, LocalDate day) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, day.toString());
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void submit(String id) {
        Browser.clickAndWaitForNextPage(driver, wait.until(ExpectedConditions.elementToBeClickable(By.id(id))));
    }
}
