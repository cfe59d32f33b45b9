package lu.alarmis.it.request;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import lu.alarmis.account.Totp;
import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.Fixtures;
import lu.alarmis.it.support.Http;
import lu.alarmis.it.support.TestServer;

/** Page object of the connection request pages: the applicant's wizard and requests, and the CIN's review. */
public final class RequestPages {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String STAFF_PASSWORD = "staff password of the request tests";

    private final WebDriver driver;
    private final WebDriverWait wait;

    public RequestPages(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitUpTo(driver, Duration.ofSeconds(15));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public static String newEmail(String who) {
        return who + "." + System.nanoTime() + "@example.lu";
    }

    static String newTradeRegisterNumber() {
        return "B" + (100_000 + (System.nanoTime() / 1000) % 900_000);
    }

    // ---- people -------------------------------------------------------------------------------

    /** A new applicant, signed in strongly (password and one-time code), acting for a new eSpace. */
    public RequestPages strongApplicantWithEspace(String email, String organisation) {
        String secret = Totp.newSecret();
        Fixtures.applicant(email, "Applicant " + organisation, PASSWORD);
        Fixtures.authenticator(email, secret);
        signIn(email, PASSWORD, Totp.codeAt(secret, Instant.now()));
        return createEspace(organisation);
    }

    /**
     * Goes on in this browser with the session another client began (one that presented a
     * certificate, which headless Chromium cannot without a system-wide policy).
     */
    public RequestPages continueSession(String sessionId) {
        open("/index.xhtml");
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.manage().addCookie(new Cookie.Builder("JSESSIONID", sessionId).path("/alarmis").isSecure(true)
                .isHttpOnly(true).build());
        return this;
    }

    /** This browser's session, to come back to it after another person used the browser. */
    public String sessionId() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** Creates an eSpace for an organisation and acts for it. */
    RequestPages createEspace(String organisation) {
        open("/espace/create.xhtml");
        type("espace:organisationName", organisation);
        new Select(driver.findElement(By.id("espace:legalForm"))).selectByIndex(1);
        type("espace:tradeRegisterNumber", newTradeRegisterNumber());
        type("espace:street", "Grand-Rue");
        type("espace:houseNumber", "12");
        type("espace:postcode", "L-1660");
        type("espace:locality", "Luxembourg");
        submit("espace:submit");
        open("/espace/index.xhtml"); // with a single eSpace, the person acts for it
        return this;
    }

    /** Registers on the public page, in English, with a password only. */
    RequestPages register(String name, String email, String password) {
        open("/register.xhtml");
        type("register:displayName", name);
        type("register:email", email);
        type("register:password", password);
        type("register:passwordRepeated", password);
        new Select(driver.findElement(By.id("register:language"))).selectByValue("EN");
        submit("register:submit");
        return this;
    }

    public static void staff(String email, String role) {
        Fixtures.staff(email, STAFF_PASSWORD, role);
    }

    public RequestPages signIn(String email, String password, String oneTimeCode) {
        open("/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        if (oneTimeCode != null) {
            type("login:oneTimeCode", oneTimeCode);
        }
        submit("login:signIn");
        return this;
    }

    public RequestPages signInAsStaff(String email) {
        return signIn(email, STAFF_PASSWORD, null);
    }

    public RequestPages signOut() {
        submit("signOutForm:signOut");
        return this;
    }

    // ---- the applicant's wizard ---------------------------------------------------------------

    /** Starts a draft from "Connection requests" and returns its id. */
    public long startRequest() {
        open("/espace/requests/index.xhtml");
        submit("start:newRequest");
        return Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    RequestPages site(String street, String number, String postcode, String locality) {
        type("site:street", street);
        type("site:houseNumber", number);
        type("site:postcode", postcode);
        type("site:locality", locality);
        new Select(driver.findElement(By.id("site:premisesKind"))).selectByValue("JEWELLERY");
        submit("site:continue");
        return this;
    }

    RequestPages alarms(boolean passive, boolean active, boolean fire) {
        check("alarms:passive", passive);
        check("alarms:active", active);
        check("alarms:fire", fire);
        submit("alarms:continue");
        return this;
    }

    RequestPages companies() {
        type("companies:installerName", "Alarm Install SA");
        type("companies:installerAddress", "1 rue de l'Industrie, L-3895 Foetz");
        type("companies:installerContact", "+352 26 00 00 01");
        type("companies:maintainerName", "Maintenance SARL");
        type("companies:maintainerAddress", "2 rue du Fort, L-1111 Luxembourg");
        type("companies:maintainerContact", "service@maintenance.lu");
        submit("companies:continue");
        return this;
    }

    RequestPages orderReference(String reference) {
        type("order:orderReference", reference);
        submit("order:continue");
        return this;
    }

    RequestPages contacts() {
        List<WebElement> names = driver.findElements(By.cssSelector("input[id$=':name']"));
        List<WebElement> phones = driver.findElements(By.cssSelector("input[id$=':phone']"));
        List<WebElement> roles = driver.findElements(By.cssSelector("input[id$=':role']"));
        String[][] people = {{"Anna Weber", "+352 621 000 001", "Owner"}, {"Marc Schmit", "+352 621 000 002", "Key holder"}};
        for (int i = 0; i < people.length; i++) {
            names.get(i).clear();
            names.get(i).sendKeys(people[i][0]);
            phones.get(i).clear();
            phones.get(i).sendKeys(people[i][1]);
            roles.get(i).clear();
            roles.get(i).sendKeys(people[i][2]);
        }
        submit("contacts:continue");
        return this;
    }

    /** Uploads a file on the reasons-and-documents step (or the answer form) and stays there. */
    RequestPages upload(String formId, File file) {
        driver.findElement(By.id(formId + ":file")).sendKeys(file.getAbsolutePath());
        submit(formId + ":send");
        return this;
    }

    RequestPages reasons(String text) {
        type("reasons:reasonsText", text);
        submit("reasons:continue");
        return this;
    }

    RequestPages acknowledgeAndSubmit() {
        check("submit:acknowledge", true);
        submit("submit:submitRequest");
        return this;
    }

    /** Fills every step with valid data and a PDF, then submits; returns the request's id. */
    public long fileRequest(String locality, File pdf) {
        return fileRequest(locality, pdf, true, true, false);
    }

    long fileRequest(String locality, File pdf, boolean passive, boolean active, boolean fire) {
        long id = startRequest();
        site("Grand-Rue", "12", "L-1660", locality);
        alarms(passive, active, fire);
        companies();
        orderReference("ORD-" + id);
        contacts();
        upload("upload", pdf);
        reasons("Jewellery with high-value stock; two break-ins in the street this year.");
        acknowledgeAndSubmit();
        return id;
    }

    List<String> documentNames() {
        return driver.findElements(By.cssSelector("#documents\\:list tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    // ---- the applicant's request page ---------------------------------------------------------

    RequestPages openRequest(long id) {
        return open("/espace/requests/view.xhtml?id=" + id);
    }

    String state() {
        return driver.findElement(By.id("state")).getText();
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The text of an element once it changed to something else than now, or as it is after the timeout. */
    String textWithin(String id, Duration timeout) {
        String before = text(id);
        try {
            Browser.waitUpTo(driver, timeout).ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id(id)).getText().equals(before));
        } catch (org.openqa.selenium.TimeoutException unchanged) {
            // the caller's assertion says what was expected
        }
        return text(id);
    }

    List<String> timeline() {
        return driver.findElements(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
    }

    RequestPages answer(String text) {
        type("answer:answerText", text);
        submit("answer:sendAnswer");
        return this;
    }

    RequestPages withdraw(String reason) {
        type("withdraw:reason", reason);
        submit("withdraw:confirmWithdraw");
        return this;
    }

    RequestPages markAllNotificationsRead() {
        submit("all:markAllRead");
        return this;
    }

    // ---- the CIN's review ---------------------------------------------------------------------

    RequestPages review(long id) {
        return open("/staff/requests/view.xhtml?id=" + id);
    }

    /**
     * Downloads a document through the link the page shows, in the browser's session; over a plain
     * HTTP client, because a browser does not let a test see the response's headers.
     */
    HttpResponse<byte[]> download(String fileName) throws IOException, InterruptedException {
        String address = driver.findElement(By.linkText(fileName)).getAttribute("href");
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return Http.client().send(HttpRequest.newBuilder(URI.create(address)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    RequestPages confirmOrder(String lineId, String why) {
        type("post:why", why);
        type("post:lineId", lineId);
        submit("post:confirmOrder");
        return this;
    }

    RequestPages propose(String decision, String note) {
        driver.findElements(By.cssSelector("input[name='propose:decision']")).stream()
                .filter(radio -> decision.equals(radio.getAttribute("value")))
                .findFirst().orElseThrow().click();
        type("propose:note", note);
        submit("propose:sendProposal");
        return this;
    }

    RequestPages askForInformation(String message, String dueIsoDate) {
        type("information:message", message);
        WebElement due = driver.findElement(By.id("information:due"));
        // A date input takes the date as typed in the browser's locale; set the value as the form sends it.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", due, dueIsoDate);
        submit("information:ask");
        return this;
    }

    /** From a request's staff page: its client's page in the register, where the first connection is suspended. */
    /** From a request's review page: its client's page, where the first connection's suspension is announced. */
    RequestPages announceSuspension(String why) {
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("clientPage")));
        return announceSuspensionHere(why);
    }

    /** On a client's page: the first connection's suspension announced. */
    public RequestPages announceSuspensionHere(String why) {
        new Select(driver.findElement(By.id("connections:0:announce:measure"))).selectByValue("SUSPEND_CONNECTION");
        type("connections:0:announce:reasons", why);
        submit("connections:0:announce:announceButton");
        return this;
    }

    /** The list of intended decisions still to decide, then the file of the one about that client number. */
    public RequestPages openIntendedDecision(String clientNumber) {
        open("/staff/decisions/index.xhtml");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText(clientNumber)));
        return this;
    }

    /** On an intended decision's file: the measure taken, or dropped, with the decision's reasons. */
    public RequestPages decideIntendedDecision(String reasons, boolean take) {
        type("decision:decisionReasons", reasons);
        submit(take ? "decision:take" : "decision:drop");
        return this;
    }

    /** On "My connections": the first connection's page. */
    public RequestPages openFirstConnection() {
        submit("connections:0:open");
        return this;
    }

    RequestPages recordFireException(String why) {
        type("fire:fireReason", why);
        submit("fire:recordFireException");
        return this;
    }

    RequestPages approve() {
        submit("decide:approve");
        return this;
    }

    RequestPages refuse(String reason) {
        type("decide:reason", reason);
        submit("decide:refuse");
        return this;
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    // ---- anywhere ------------------------------------------------------------------------------

    public RequestPages open(String path) {
        driver.get(TestServer.app(path).toString());
        return this;
    }

    List<String> messages() {
        return driver.findElements(By.cssSelector("#messages li, .ui-message-error, .ui-message-info")).stream()
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .toList();
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String title() {
        return driver.getTitle();
    }

    private void check(String id, boolean wanted) {
        WebElement box = driver.findElement(By.id(id));
        if (box.isSelected() != wanted) {
            box.click();
        }
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
