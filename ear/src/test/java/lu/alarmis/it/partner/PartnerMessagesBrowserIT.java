package lu.alarmis.it.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;


import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;
import lu.alarmis.it.support.RemotePostPartner;
import lu.alarmis.it.support.TestServer;

/**
 * The "partner messages" pages in Chromium, as a CIN supervisor uses them: the traffic with POST
 * (filtered by a message id, one message opened), and a dead-lettered message discarded with a
 * reason. POST's messages come from a remote JMS client with the partner's credentials.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerMessagesBrowserIT extends BrowserTest {

    private static final String PASSWORD = "staff password of the partner tests";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    private WebDriverWait wait;
    private String supervisor;

    @BeforeEach
    void supervisor() {
        wait = Browser.waitUpTo(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        supervisor = "supervisor." + System.nanoTime() + "@police.etat.lu";
        Fixtures.staff(supervisor, PASSWORD, "cin-supervisor");
    }

    @Test
    void aSupervisorFollowsTheTrafficOpensAMessageAndDiscardsADeadLetterWithAReason() throws InterruptedException {
        String parked = "post-" + UUID.randomUUID();
        String poisoned = "p".repeat(101) + UUID.randomUUID().toString().substring(0, 8);
        sendAsPost(parked, "<OrderConfirmed xmlns=\"urn:lu:alarmis:post:1\"><orderReference>ORD-BROWSER-"
                + parked.substring(5, 13).toUpperCase() + "</orderReference><lineId>LINE-1</lineId>"
                + "<transmitterId>TX-1</transmitterId><confirmedAt>2026-11-28T10:00:00Z</confirmedAt></OrderConfirmed>");
        sendAsPost(poisoned, "<OrderConfirmed xmlns=\"urn:lu:alarmis:post:1\"/>");

        signIn();
        open("/staff/index.xhtml");
        click("partner");
        assertThat(browser.getTitle()).contains("Partner messages");

        // The message and our answer to it, found by its id; our answer leaves once its transaction committed.
        List<String> rows = awaitRows("/staff/partner/index.xhtml?messageId=" + parked, 2);
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("From POST", "ORDER_CONFIRMED",
                "Waiting for what it answers"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("To POST", "MESSAGE_ACCEPTED", "Sent"));
        assertThat(text("matching")).isEqualTo("2 messages match.");
        WebElement inbound = browser.findElements(By.cssSelector("[id$=':open']")).stream()
                .filter(link -> link.findElement(By.xpath("./ancestor::tr")).getText().contains("From POST"))
                .findFirst().orElseThrow();
        Browser.clickAndWaitForNextPage(browser, inbound);
        assertThat(text("messageId")).isEqualTo(parked);
        assertThat(text("body")).contains("<orderReference>ORD-BROWSER-");

        // The poisoned message, once the broker gave up on it.
        WebElement letter = awaitDeadLetter(poisoned);
        assertThat(letter.getText()).contains("PostInbound").contains("longer than 100 characters");
        Browser.clickAndWaitForNextPage(browser, letter.findElement(By.cssSelector("[id$=':discard']")));
        assertThat(messages()).contains("Please say why.");

        letter = deadLetterCard(poisoned);
        WebElement why = letter.findElement(By.cssSelector("textarea[id$=':reason']"));
        assertThat(letter.findElement(By.cssSelector("label[for='" + why.getAttribute("id") + "']")).getText())
                .isEqualTo("Why (required)");
        why.sendKeys("Message id breaks the contract; POST informed by phone.");
        Browser.clickAndWaitForNextPage(browser, letter.findElement(By.cssSelector("[id$=':discard']")));

        assertThat(messages()).contains("The message was discarded. It is kept with the decision below.");
        assertThat(deadLetterCards()).noneMatch(card -> card.getText().contains(poisoned));
        assertThat(browser.findElements(By.cssSelector("[id$='decisions_data'] tr")).stream().map(WebElement::getText))
                .anySatisfy(row -> assertThat(row).contains("Discarded", supervisor,
                        "Message id breaks the contract; POST informed by phone.", "longer than 100 characters"));
    }

    @Test
    void operatorsMayNotOpenThePartnerMessages() {
        String operator = "operator." + System.nanoTime() + "@police.etat.lu";
        Fixtures.staff(operator, PASSWORD, "cin-operator");
        signIn(operator);

        open("/staff/partner/dead-letters.xhtml");

        assertThat(browser.getTitle()).contains("Access refused");
        open("/staff/index.xhtml");
        assertThat(browser.findElements(By.id("partner"))).isEmpty();
    }

    private void sendAsPost(String messageId, String body) {
        new RemotePostPartner().send(messageId, "ORDER_CONFIRMED", body);
    }

    private List<String> awaitRows(String path, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        List<String> rows;
        do {
            open(path);
            rows = browser.findElements(By.cssSelector("[id$='messages_data'] tr")).stream().map(WebElement::getText)
                    .filter(row -> !row.contains("No message matches")).toList();
            if (rows.size() >= expected && rows.stream().noneMatch(row -> row.contains("Waiting to be sent"))) {
                return rows;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("expected " + expected + " messages at " + path + ", saw " + rows);
    }

    private WebElement awaitDeadLetter(String messageId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        do {
            open("/staff/partner/dead-letters.xhtml");
            if (deadLetterCards().stream().anyMatch(card -> card.getText().contains(messageId))) {
                return deadLetterCard(messageId);
            }
            Thread.sleep(1_000);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("message " + messageId + " did not show among the dead letters");
    }

    private WebElement deadLetterCard(String messageId) {
        return deadLetterCards().stream().filter(card -> card.getText().contains(messageId)).findFirst().orElseThrow();
    }

    private List<WebElement> deadLetterCards() {
        return browser.findElements(By.cssSelector("article.dead-letter"));
    }

    private void signIn() {
        signIn(supervisor);
    }

    private void signIn(String email) {
        open("/login.xhtml");
        type("login:email", email);
        type("login:password", PASSWORD);
        Browser.clickAndWaitForNextPage(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("login:signIn"))));
    }

    private void open(String path) {
        browser.get(TestServer.app(path).toString());
    }

    private void click(String id) {
        Browser.clickAndWaitForNextPage(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id(id))));
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private List<String> messages() {
        return browser.findElements(By.cssSelector("#messages li")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
    }
}
