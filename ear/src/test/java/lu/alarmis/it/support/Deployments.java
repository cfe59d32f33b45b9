package lu.alarmis.it.support;

import java.io.File;
import java.net.URISyntaxException;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: always the real EAR that the build produced, never a
 * hand-assembled subset. In-container tests add their own classes to its web module.
 */
public final class Deployments {

    public static final String EAR_NAME = "alarmis.ear";
    public static final String WEB_MODULE = "alarmis-web.war";
    /** Prefix of the global JNDI names of the core's EJBs. */
    public static final String EJB_GLOBAL = "java:global/alarmis/alarmis-ejb/";

    private Deployments() {
    }

    /** The application exactly as built. */
    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("alarmis.ear", "target/alarmis.ear"));
        return ShrinkWrap.create(ZipImporter.class, EAR_NAME).importFrom(ear).as(EnterpriseArchive.class);
    }

    /** The application with test classes (and AssertJ) added to its web module, for in-container tests. */
    public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        WebArchive war = ear.getAsType(WebArchive.class, WEB_MODULE);
        war.addClasses(testClasses);
        war.addClasses(Mailbox.class, AsAdmin.class, AsPostInbound.class, AsOperator.class, AsSupervisorOne.class,
                AsSupervisorTwo.class, AsApplicantOne.class, AsApplicantTwo.class, RequestFixtures.class,
                PostPartnerClient.class, PostPartner.class, FixturePasswords.class);
        // The helpers' @RunAs must act in the application's security domain.
        war.addAsWebInfResource(Deployments.class.getResource("/in-container/jboss-ejb3.xml"), "jboss-ejb3.xml");
        ear.delete(WEB_MODULE);
        ear.addAsModule(war);
        ear.addAsLibrary(libraryOf(Assertions.class));
        return ear;
    }

    /**
     * The application with test classes, whose clock the tests set ({@link TestClock}): the clock
     * goes into the EAR's library folder, where the EJB module sees it.
     */
    public static EnterpriseArchive applicationWithClock(Class<?>... testClasses) {
        EnterpriseArchive ear = applicationWith(testClasses);
        return withTestClock(ear);
    }

    /** The application with {@link TestFixturesServlet}, for black-box tests that need their own data. */
    public static EnterpriseArchive applicationWithFixtures() {
        EnterpriseArchive ear = application();
        WebArchive war = ear.getAsType(WebArchive.class, WEB_MODULE);
        war.addClasses(TestFixturesServlet.class, FixturePasswords.class);
        ear.delete(WEB_MODULE);
        ear.addAsModule(war);
        return ear;
    }

    /**
     * The application with {@link TestFixturesServlet}, and the clock the test sets through
     * {@link TestClockServlet}, for black-box tests of the daily run (e.g. across a restart).
     */
    public static EnterpriseArchive applicationWithFixturesAndClock() {
        EnterpriseArchive ear = applicationWithFixtures();
        WebArchive war = ear.getAsType(WebArchive.class, WEB_MODULE);
        war.addClasses(TestClockServlet.class);
        ear.delete(WEB_MODULE);
        ear.addAsModule(war);
        return withTestClock(ear);
    }

    /** Adds a page that exists only in the test deployment (e.g. one that fails on purpose). */
    public static EnterpriseArchive applicationWithPage(String resource, String path) {
        EnterpriseArchive ear = application();
        WebArchive war = ear.getAsType(WebArchive.class, WEB_MODULE);
        war.add(new org.jboss.shrinkwrap.api.asset.ClassLoaderAsset(resource), path);
        ear.delete(WEB_MODULE);
        ear.addAsModule(war);
        return ear;
    }

    /** The test clock in the EAR's library folder, where the EJB module sees it and its priority wins. */
    private static EnterpriseArchive withTestClock(EnterpriseArchive ear) {
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "test-clock.jar")
                .addClass(TestClock.class)
                .addAsManifestResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml"));
        return ear;
    }

    private static JavaArchive libraryOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
