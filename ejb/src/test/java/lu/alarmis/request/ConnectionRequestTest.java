package lu.alarmis.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import lu.alarmis.account.Account;
import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.LegalForm;
import lu.alarmis.account.TestAccounts;
import lu.alarmis.common.BusinessException;
import lu.alarmis.document.InspectedDocument;

class ConnectionRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final Account applicant = TestAccounts.person("anna@example.lu", "applicant");
    private final Account operator = TestAccounts.person("op@police.lu", "cin-operator");
    private final Account supervisor = TestAccounts.person("sup@police.lu", "cin-supervisor");
    private final BusinessEspace espace = new BusinessEspace("Bijouterie", LegalForm.values()[0], "B123456",
            "Grand-Rue", "1", "L-1660", "Luxembourg");

    @Test
    void aNewDraftMissesEveryStep() {
        ConnectionRequest draft = new ConnectionRequest(espace, applicant, NOW);
        assertThat(draft.getState()).isEqualTo(RequestState.DRAFT);
        assertThat(draft.isInQueue()).isFalse();
        assertThat(draft.missingSteps()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThatThrownBy(() -> draft.submit(true, NOW))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.incomplete");
    }

    @Test
    void fireAloneStopsTheRequestAndNothingIsSaved() {
        ConnectionRequest draft = new ConnectionRequest(espace, applicant, NOW);
        assertThatThrownBy(() -> draft.updateAlarmTypes(false, false, true))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.fireOnly");
        assertThat(draft.isFireAlarm()).isFalse();
        assertThat(draft.getWizardStep()).isZero();
    }

    @Test
    void noAlarmTypeIsRefused() {
        ConnectionRequest draft = new ConnectionRequest(espace, applicant, NOW);
        assertThatThrownBy(() -> draft.updateAlarmTypes(false, false, false))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.alarmTypeRequired");
    }

    @Test
    void siteIsNormalisedAndTheWizardRemembersHowFarItGot() {
        ConnectionRequest draft = new ConnectionRequest(espace, applicant, NOW);
        draft.updateSite(new SiteAddress(" Grand-Rue ", "12", "1660", " esch-sur-Alzette ", PremisesKind.JEWELLERY));
        assertThat(draft.getSite().getPostcode()).isEqualTo("L-1660");
        assertThat(draft.getSite().getLocality()).isEqualTo("esch-sur-Alzette");
        assertThat(draft.getWizardStep()).isEqualTo(1);
        draft.updateOrderReference(" ord-2026-1 ");
        assertThat(draft.getPostOrderReference()).isEqualTo("ORD-2026-1");
        assertThat(draft.getWizardStep()).isEqualTo(4);
        assertThat(draft.missingSteps()).containsExactly(2, 3, 5, 6);
    }

    @Test
    void contactsNeedTwoCompletePersons() {
        ConnectionRequest draft = new ConnectionRequest(espace, applicant, NOW);
        assertThatThrownBy(() -> draft.replaceContacts(List.of(new Contact("A", "+352 621 000 001", "owner"),
                new Contact(), new Contact())))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.contactsTooFew");
        assertThatThrownBy(() -> draft.replaceContacts(List.of(new Contact("A", "+352 621 000 001", "owner"),
                new Contact("B", null, "manager"))))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.contactIncomplete");
        draft.replaceContacts(List.of(new Contact("A", "+352 621 000 001", "owner"), new Contact(),
                new Contact("B", "621 000 002", "key holder")));
        assertThat(draft.getContacts()).extracting(c -> c.getContact().getName()).containsExactly("A", "B");
        draft.replaceContacts(List.of(new Contact("A", "+352 621 000 001", "owner"),
                new Contact("C", "621 000 003", "manager")));
        assertThat(draft.getContacts()).extracting(c -> c.getContact().getName()).containsExactly("A", "C");
    }

    @Test
    void aSubmittedRequestCanNoLongerBeEdited() {
        ConnectionRequest request = inReview();
        assertThatThrownBy(() -> request.updateReasons("other"))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.notEditable");
    }

    @Test
    void theProposerNeverDecides() {
        ConnectionRequest request = inReview();
        request.propose(ConnectionRequest.Decision.APPROVAL, supervisor, null);
        assertThatThrownBy(() -> request.approve(supervisor, null, NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.fourEyes");
        assertThat(request.getState()).isEqualTo(RequestState.IN_REVIEW);
    }

    @Test
    void aDecisionNeedsAProposal() {
        ConnectionRequest request = inReview();
        assertThatThrownBy(() -> request.refuse(supervisor, "no", NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.noProposal");
    }

    @Test
    void approvalClosesTheRequestOnce() {
        ConnectionRequest request = inReview();
        request.propose(ConnectionRequest.Decision.APPROVAL, operator, "fine");
        assertThat(request.isInQueue()).isTrue();
        request.approve(supervisor, null, NOW);
        assertThat(request.getState()).isEqualTo(RequestState.APPROVED);
        assertThat(request.isInQueue()).isFalse();
        assertThat(request.getDecidedBy()).isSameAs(supervisor);
        assertThatThrownBy(() -> request.approve(supervisor, null, NOW))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThatThrownBy(() -> request.withdraw(NOW)).isInstanceOf(TransitionNotAllowedException.class);
        assertThat(request.getClientNumber()).as("the number is its connection's, once the register has it").isNull();
    }

    @Test
    void fireBesideIntrusionNeedsTheSupervisorsException() {
        ConnectionRequest request = inReview(true);
        request.propose(ConnectionRequest.Decision.APPROVAL, operator, null);
        assertThatThrownBy(() -> request.approve(supervisor, null, NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.fireExceptionRequired");
        request.recordFireException(supervisor, "shared central with CGDIS agreed");
        request.approve(supervisor, null, NOW);
        assertThat(request.getState()).isEqualTo(RequestState.APPROVED);
    }

    @Test
    void anInformationRequestClearsTheProposalAndTheAnswerReturnsToReview() {
        ConnectionRequest request = inReview();
        request.propose(ConnectionRequest.Decision.REFUSAL, operator, "unclear");
        request.requestInformation("Plan of the site?", LocalDate.of(2026, 12, 15), NOW);
        assertThat(request.getState()).isEqualTo(RequestState.INFO_REQUESTED);
        assertThat(request.getProposal()).isNull();
        request.informationProvided(NOW);
        assertThat(request.getState()).isEqualTo(RequestState.IN_REVIEW);
    }

    @Test
    void daysWaitingCountFromSubmissionToDecision() {
        ConnectionRequest request = inReview();
        assertThat(request.daysWaiting(NOW.plusSeconds(3 * 86_400 + 5))).isEqualTo(3);
        request.propose(ConnectionRequest.Decision.REFUSAL, operator, "no");
        request.refuse(supervisor, "no", NOW.plusSeconds(86_400));
        assertThat(request.daysWaiting(NOW.plusSeconds(30 * 86_400))).isEqualTo(1);
    }

    private ConnectionRequest inReview() {
        return inReview(false);
    }

    private ConnectionRequest inReview(boolean fire) {
        ConnectionRequest request = new ConnectionRequest(espace, applicant, NOW);
        request.updateSite(new SiteAddress("Grand-Rue", "12", "L-1660", "Luxembourg", PremisesKind.JEWELLERY));
        request.updateAlarmTypes(true, false, fire);
        request.updateCompanies(new Company("Installer SA", "1 rue A, L-1111 Luxembourg", "+352 1"),
                new Company("Maint SARL", "2 rue B, L-2222 Luxembourg", "m@example.lu"));
        request.updateOrderReference("ORD-1234");
        request.replaceContacts(List.of(new Contact("A", "+352 621 000 001", "owner"),
                new Contact("B", "+352 621 000 002", "manager")));
        request.updateReasons("Jewellery shop, two raids in the street.");
        assertThat(request.missingSteps()).containsExactly(6);
        request.attach(new RequestDocument(request, RequestDocument.Purpose.SUPPORTING,
                new InspectedDocument("plan.pdf", "application/pdf", 4, "00"), new byte[] {1, 2, 3, 4}, applicant, NOW));
        assertThat(request.missingSteps()).isEmpty();
        assertThatThrownBy(() -> request.submit(false, NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.obligationsNotAcknowledged");
        request.submit(true, NOW);
        request.moveTo(RequestState.POST_CHECK, NOW);
        request.postConfirmed("LINE-1", "TX-1", NOW);
        return request;
    }
}
