package lu.alarmis.it.certification;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.Http;
import lu.alarmis.it.support.TestServer;

/** The certification pages as people use them: the eSpace's, the staff's queue and request, the print queue. */
final class CertificationPages {

    private final WebDriver driver;
    private final WebDriverWait wait;

    CertificationPages(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitUpTo(driver, Duration.ofSeconds(15));
    }

    /** "Certify this eSpace" on the eSpace's certification page; stays on the request's page. */
    CertificationPages ask(String clientNumber, String tradeRegisterNumber) {
        open("/espace/certification/index.xhtml");
        type("certify:clientNumber", clientNumber);
        type("certify:tradeRegisterNumber", tradeRegisterNumber);
        submit("certify:file");
        return this;
    }

    CertificationPages openStaffRequest(String reference) {
        open("/staff/certification/index.xhtml");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText(reference)));
        return this;
    }

    CertificationPages prepareApproval(String note) {
        driver.findElement(By.cssSelector("input[name='prepare:proposal'][value='APPROVAL']")).click();
        type("prepare:note", note);
        submit("prepare:prepareButton");
        return this;
    }

    CertificationPages approve() {
        submit("decide:approve");
        return this;
    }

    /** On the print queue: the waiting letters printed as a batch; answers the first batch's PDF link. */
    String printBatch() {
        open("/staff/certification/letters.xhtml");
        submit("print:printBatch");
        return driver.findElement(By.id("batches:list:0:pdf")).getAttribute("href");
    }

    CertificationPages markFirstBatchPosted() {
        submit("batches:list:0:markPosted");
        return this;
    }

    CertificationPages enterToken(String token) {
        type("token:typed", token);
        submit("token:redeem");
        return this;
    }

    /** A download as this browser's session would get it. */
    byte[] download(String address) throws Exception {
        HttpResponse<byte[]> response = Http.client().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(address + " answered " + response.statusCode());
        }
        return response.body();
    }

    CertificationPages open(String path) {
        driver.get(TestServer.app(path).toString());
        return this;
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
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
