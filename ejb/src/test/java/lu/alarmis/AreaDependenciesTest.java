package lu.alarmis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The domain areas' dependencies point one way, as their package documentation says: a request
 * may use the client register, never the other way; the POST link applies its messages through
 * the areas, which never know it; the inboxes and the accounts know neither; intended decisions
 * know their subjects only through {@code DecisionSubject}.
 */
class AreaDependenciesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("lu.alarmis");

    @Test
    void theClientRegisterUsesNeitherRequestsNorCertificationNorThePartnerLink() {
        noClasses().that().resideInAPackage("lu.alarmis.client..")
                .should().dependOnClassesThat().resideInAnyPackage("lu.alarmis.request..", "lu.alarmis.certification..",
                        "lu.alarmis.partner..")
                .check(CORE);
    }

    @Test
    void yearlyObligationsUseNeitherRequestsNorCertificationNorThePartnerLink() {
        noClasses().that().resideInAPackage("lu.alarmis.compliance..")
                .should().dependOnClassesThat().resideInAnyPackage("lu.alarmis.request..", "lu.alarmis.certification..",
                        "lu.alarmis.partner..")
                .check(CORE);
    }

    @Test
    void theClientRegisterDoesNotKnowTheYearlyObligationsBuiltOnIt() {
        noClasses().that().resideInAnyPackage("lu.alarmis.client..", "lu.alarmis.decision..", "lu.alarmis.document..")
                .should().dependOnClassesThat().resideInAPackage("lu.alarmis.compliance..")
                .check(CORE);
    }

    @Test
    void certificationUsesNeitherRequestsNorThePartnerLink() {
        noClasses().that().resideInAPackage("lu.alarmis.certification..")
                .should().dependOnClassesThat().resideInAnyPackage("lu.alarmis.request..", "lu.alarmis.partner..")
                .check(CORE);
    }

    @Test
    void intendedDecisionsKnowNoAreaWhoseRecordsTheyConcern() {
        noClasses().that().resideInAPackage("lu.alarmis.decision..")
                .should().dependOnClassesThat().resideInAnyPackage("lu.alarmis.client..", "lu.alarmis.request..",
                        "lu.alarmis.partner..")
                .check(CORE);
    }

    @Test
    void documentsKnowNoDomainArea() {
        noClasses().that().resideInAPackage("lu.alarmis.document..")
                .should().dependOnClassesThat().resideInAnyPackage("lu.alarmis.account..", "lu.alarmis.request..",
                        "lu.alarmis.client..", "lu.alarmis.decision..", "lu.alarmis.partner..",
                        "lu.alarmis.notification..")
                .check(CORE);
    }

    @Test
    void requestsDoNotKnowThePartnerLink() {
        noClasses().that().resideInAPackage("lu.alarmis.request..")
                .should().dependOnClassesThat().resideInAPackage("lu.alarmis.partner..")
                .check(CORE);
    }

    @Test
    void accountsAndInboxesKnowNoLaterArea() {
        noClasses().that().resideInAnyPackage("lu.alarmis.account..", "lu.alarmis.notification..")
                .should().dependOnClassesThat().resideInAnyPackage("lu.alarmis.request..", "lu.alarmis.client..",
                        "lu.alarmis.partner..", "lu.alarmis.decision..")
                .check(CORE);
    }

    @Test
    void mailKnowsNoDomainArea() {
        noClasses().that().resideInAPackage("lu.alarmis.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("lu.alarmis.account..", "lu.alarmis.request..",
                        "lu.alarmis.client..", "lu.alarmis.partner..", "lu.alarmis.notification..",
                        "lu.alarmis.compliance..", "lu.alarmis.certification..", "lu.alarmis.decision..")
                .check(CORE);
    }

    @Test
    void theSchemaMigrationsKnowNoDomainArea() {
        noClasses().that().resideInAPackage("lu.alarmis.infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage("lu.alarmis.account..", "lu.alarmis.request..",
                        "lu.alarmis.client..", "lu.alarmis.partner..", "lu.alarmis.notification..")
                .check(CORE);
    }
}
