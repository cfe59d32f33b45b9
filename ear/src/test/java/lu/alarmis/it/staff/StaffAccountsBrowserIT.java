package lu.alarmis.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;
import lu.alarmis.it.support.TestServer;
import lu.alarmis.it.support.TlsClient;

/** An administrator manages staff accounts; staff never act inside an applicant's eSpace. */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsBrowserIT extends BrowserTest {

    private static final String PASSWORD = "staff password for tests";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    private WebDriverWait wait;

    @BeforeEach
    void waitForPages() {
        wait = Browser.waitUpTo(browser, Duration.ofSeconds(15));
        // Ajax updates replace the table while a condition reads it: read again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @Test
    void anAdminCreatesAnOperatorMakesHimSupervisorThenDisablesHim() throws Exception {
        String admin = "admin." + System.nanoTime() + "@police.etat.lu";
        String operator = "operator." + System.nanoTime() + "@police.etat.lu";
        Fixtures.staff(admin, PASSWORD, "admin");
        signIn(admin, PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/alarmis/staff/index.xhtml");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("accounts")));
        type("newStaff:displayName", "Oscar Operator");
        type("newStaff:email", operator);
        type("newStaff:initialPassword", PASSWORD);
        checkRole(browser.findElement(By.id("newStaff:newRoles")), "cin-operator");
        browser.findElement(By.id("newStaff:create")).click();
        WebElement row = wait.until(d -> rowOf(operator));
        assertThat(messages()).contains("The staff account " + operator + " is created.");

        checkRole(row, "cin-supervisor");
        row.findElement(By.cssSelector("button[id$=':saveRoles']")).click();
        wait.until(d -> messages().contains("The roles of " + operator + " are saved."));

        rowOf(operator).findElement(By.cssSelector("button[id$=':disable']")).click();
        wait.until(d -> messages().contains(operator + " can no longer sign in."));
        wait.until(d -> rowOf(operator).getText().contains("Disabled"));

        browser.get(TestServer.app("/staff/audit.xhtml").toString());
        type("audit:actor", admin);
        browser.findElement(By.id("audit:search")).click();
        wait.until(d -> auditActions().containsAll(java.util.List.of(
                "Signed in", "Staff account created", "Staff roles changed", "Staff account disabled")));
        assertThat(browser.findElement(By.id("audit:events")).getText())
                .contains("[cin-operator] -> [cin-operator, cin-supervisor]").contains("127.0.0.1");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("signOutForm:signOut")));
        signIn(operator, PASSWORD);
        assertThat(browser.getCurrentUrl()).contains("/alarmis/login.xhtml");
    }

    @Test
    void anOperatorsOpenSessionEndsAtOnceWhenAnAdminChangesHisRolesAndAgainWhenHeIsDisabled() throws Exception {
        String admin = "admin." + System.nanoTime() + "@police.etat.lu";
        String operator = "operator." + System.nanoTime() + "@police.etat.lu";
        Fixtures.staff(admin, PASSWORD, "admin");
        Fixtures.staff(operator, PASSWORD, "cin-operator");
        TlsClient operatorsBrowser = TlsClient.withoutCertificate();
        signInElsewhere(operatorsBrowser, operator);
        signIn(admin, PASSWORD);
        browser.get(TestServer.app("/staff/admin/accounts.xhtml").toString());

        // The operator's session checked its account just before: only the administrator's
        // action itself can end it at once (the periodic check would wait 10 s).
        assertThat(operatorsBrowser.get(QUEUE).body()).contains("id=\"queue:requests\"");
        checkRole(rowOf(operator), "cin-supervisor");
        rowOf(operator).findElement(By.cssSelector("button[id$=':saveRoles']")).click();
        wait.until(d -> messages().contains("The roles of " + operator + " are saved."));
        assertThat(operatorsBrowser.get(QUEUE).uri().getPath()).isEqualTo("/alarmis/login.xhtml");

        signInElsewhere(operatorsBrowser, operator);
        assertThat(operatorsBrowser.get(QUEUE).body()).contains("id=\"queue:requests\"");
        rowOf(operator).findElement(By.cssSelector("button[id$=':disable']")).click();
        wait.until(d -> messages().contains(operator + " can no longer sign in."));
        HttpResponse<String> afterDisabling = operatorsBrowser.get(QUEUE);
        assertThat(afterDisabling.uri().getPath()).isEqualTo("/alarmis/login.xhtml");
        assertThat(afterDisabling.body()).doesNotContain("Signed in as");
    }

    private static final String QUEUE = "/staff/requests/index.xhtml";

    private static void signInElsewhere(TlsClient client, String email) {
        HttpResponse<String> home = client.submit("/login.xhtml", "login",
                Map.of("email", email, "password", PASSWORD), "signIn");
        assertThat(home.body()).contains("Signed in as");
    }

    @Test
    void anOperatorMayNotReadTheAuditTrail() throws Exception {
        String operator = "operator." + System.nanoTime() + "@police.etat.lu";
        Fixtures.staff(operator, PASSWORD, "cin-operator");
        signIn(operator, PASSWORD);

        browser.get(TestServer.app("/staff/audit.xhtml").toString());

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");
    }

    private java.util.List<String> auditActions() {
        return browser.findElements(By.cssSelector("#audit\\:events .audit-action")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void theFirstAdministratorNamedByTheServerEnvironmentCanSignInAndManageStaff() {
        signIn("first.admin@police.etat.lu", "first administrator of the tests");

        browser.get(TestServer.app("/staff/admin/accounts.xhtml").toString());

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff accounts");
        assertThat(rowOf("first.admin@police.etat.lu").getText()).contains("Active");
    }

    @Test
    void staffCannotEnterTheApplicantsArea() throws Exception {
        String supervisor = "supervisor." + System.nanoTime() + "@police.etat.lu";
        Fixtures.staff(supervisor, PASSWORD, "cin-supervisor");
        signIn(supervisor, PASSWORD);

        browser.get(TestServer.app("/espace/index.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");

        browser.get(TestServer.app("/staff/admin/accounts.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");
    }

    private WebElement rowOf(String email) {
        return browser.findElements(By.cssSelector("#staff\\:accounts tbody tr")).stream()
                .filter(r -> r.getText().contains(email))
                .findFirst()
                .orElse(null);
    }

    /** Ticks a role in a PrimeFaces checkbox group, through its visible box as a person would. */
    private void checkRole(WebElement group, String role) {
        WebElement box = group.findElement(By.cssSelector("input[value='" + role + "']"));
        WebElement visible = box.findElement(By.xpath("ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]"));
        visible.click();
    }

    private java.util.List<String> messages() {
        return browser.findElements(By.cssSelector("#messages li")).stream().map(WebElement::getText).toList();
    }

    private void signIn(String email, String password) {
        browser.get(TestServer.app("/login.xhtml").toString());
        type("login:email", email);
        type("login:password", password);
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("login:signIn")));
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }
}
