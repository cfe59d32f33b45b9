package lu.alarmis.it.account;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.TestServer;

/** Page object of the public and applicant pages, operated as a person would. */
final class Portal {

    static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final WebDriver driver;
    private final WebDriverWait wait;

    Portal(WebDriver driver) {
        this.driver = driver;
        this.wait = Browser.waitUpTo(driver, Duration.ofSeconds(15));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** A fresh e-mail address, so that tests never share accounts. */
    static String newEmail(String who) {
        return who + "." + System.nanoTime() + "@example.lu";
    }

    /** A fresh trade-register number. */
    static String newTradeRegisterNumber() {
        return "B" + (100_000 + (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 900_000);
    }

    Portal open(String path) {
        driver.get(TestServer.app(path).toString());
        return this;
    }

    Portal register(String name, String email) {
        open("/register.xhtml");
        type("register:displayName", name);
        type("register:email", email);
        type("register:password", PASSWORD);
        type("register:passwordRepeated", PASSWORD);
        submit("register:submit");
        return this;
    }

    /** Registers choosing the language of what is addressed to the person ("EN", "FR", "DE"). */
    Portal registerIn(String language, String name, String email) {
        open("/register.xhtml");
        type("register:displayName", name);
        type("register:email", email);
        type("register:password", PASSWORD);
        type("register:passwordRepeated", PASSWORD);
        new Select(driver.findElement(By.id("register:language"))).selectByValue(language);
        submit("register:submit");
        return this;
    }

    /** Follows the header's language link ("en", "fr", "de"). */
    Portal chooseLanguage(String tag) {
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector(".language-switch a[hreflang='" + tag + "']")));
        return this;
    }

    /** The language the page is written in, as its html element says. */
    String pageLanguage() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    Portal reload() {
        driver.navigate().refresh();
        return this;
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The open invitations the members page lists for an address. */
    long openInvitationsFor(String email) {
        return driver.findElements(By.cssSelector("#invitations tbody tr")).stream()
                .filter(row -> row.getText().contains(email)).count();
    }

    Portal signIn(String email, String password) {
        return signIn(email, password, null);
    }

    Portal signIn(String email, String password, String oneTimeCode) {
        open("/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        if (oneTimeCode != null) {
            type("login:oneTimeCode", oneTimeCode);
        }
        submit("login:signIn");
        return this;
    }

    Portal signOut() {
        submit("signOutForm:signOut");
        return this;
    }

    Portal createEspace(String organisation, String tradeRegisterNumber) {
        open("/espace/create.xhtml");
        type("espace:organisationName", organisation);
        chooseLegalForm("SARL");
        type("espace:tradeRegisterNumber", tradeRegisterNumber);
        type("espace:street", "Grand-Rue");
        type("espace:houseNumber", "12");
        type("espace:postcode", "L-1660");
        type("espace:locality", "Luxembourg");
        submit("espace:submit");
        return this;
    }

    /** The id of one of the person's eSpaces, as its "members" link carries it. */
    long espaceId(String organisation) {
        String href = espaceRow(organisation).findElement(By.linkText("Members")).getAttribute("href");
        return Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** As a manager: invites someone and returns the link shown once (null when refused). */
    String invite(long espaceId, String email) {
        open("/espace/members.xhtml?id=" + espaceId);
        type("invite:inviteeEmail", email);
        submit("invite:send");
        return driver.findElements(By.id("invitationLink")).stream().findFirst().map(WebElement::getText).orElse(null);
    }

    Portal openInvitation(String invitationLink) {
        driver.get(invitationLink);
        return this;
    }

    Portal accept(String invitationLink) {
        openInvitation(invitationLink);
        submit("accept:accept");
        return this;
    }

    Portal actFor(String organisation) {
        Browser.clickAndWaitForNextPage(driver, espaceRow(organisation).findElement(By.cssSelector("button[id$=':actFor']")));
        return this;
    }

    /** The row of one of the person's eSpaces on "My eSpaces". */
    private WebElement espaceRow(String organisation) {
        open("/espace/index.xhtml");
        return driver.findElements(By.cssSelector("#espaces\\:memberships tbody tr")).stream()
                .filter(r -> r.getText().contains(organisation))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no eSpace " + organisation + " in " + bodyText()));
    }

    String actingFor() {
        return driver.findElement(By.id("actingFor")).getText();
    }

    String signedInAs() {
        return driver.findElement(By.id("signedInAs")).getText();
    }

    List<String> messages() {
        return driver.findElements(By.cssSelector("#messages li, .ui-message-error, .ui-message-info")).stream()
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .toList();
    }

    List<String> memberNames() {
        return driver.findElements(By.cssSelector("#members tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    private void chooseLegalForm(String value) {
        Select menu = new Select(driver.findElement(By.id("espace:legalForm")));
        menu.getOptions().stream()
                .filter(option -> option.getText().endsWith("(" + value + ")"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no legal form " + value))
                .click();
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void submit(String id) {
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id(id)));
    }
}
