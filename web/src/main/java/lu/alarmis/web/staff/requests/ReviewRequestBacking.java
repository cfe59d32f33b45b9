package lu.alarmis.web.staff.requests;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.common.Language;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.request.ApprovalProposal;
import lu.alarmis.request.ApprovalTerms;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.RequestEvent;
import lu.alarmis.request.RequestReviewService;
import lu.alarmis.request.RequestState;
import lu.alarmis.security.Roles;
import lu.alarmis.web.AddressForm;
import lu.alarmis.web.Pages;
import lu.alarmis.web.security.SignedInPerson;

/**
 * /staff/requests/view.xhtml?id=…: a request under review, with the actions its state and the
 * staff member's role allow. Each action carries the version that was shown: if a colleague
 * acted in between, it is refused with a message and the page shows the request as it is now.
 */
@Named("review")
@ViewScoped
public class ReviewRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RequestReviewService service;

    @Inject
    private java.time.Clock clock;

    @Inject
    private SignedInPerson person;

    private Long id;
    private ConnectionRequest request;
    private List<RequestEvent> timeline;

    private String postLineId;
    private String postRejectionReason;
    private String postWhy;
    private String informationMessage;
    private LocalDate informationDue;
    private ConnectionRequest.Decision proposal;
    private String proposalNote;
    private String decisionReason;
    private String fireExceptionReason;

    /** The approval's terms: the client (null: a new one), its postal address as confirmed, its language. */
    private ApprovalProposal approvalProposal;
    private Long existingClientId;
    private AddressForm postalAddress;
    private Language correspondenceLanguage = Language.FR;

    /** f:viewAction */
    public void load() {
        try {
            reload();
        } catch (NotFoundException notVisible) {
            Pages.notFound();
        }
    }

    private void reload() {
        request = service.get(id == null ? -1 : id);
        timeline = service.timeline(request.getId());
        if (isDecidable() && approvalProposal == null) {
            approvalProposal = service.approvalProposal(request.getId());
            postalAddress = AddressForm.of(approvalProposal.suggestedPostalAddress());
        }
    }

    public void assignToMe() {
        act(() -> service.assignToMe(id, request.getVersion()), "review.assigned");
    }

    public void confirmOrder() {
        act(() -> service.recordPostAnswer(id, request.getVersion(), true, postLineId, postWhy), "review.postRecorded");
    }

    public void rejectOrder() {
        act(() -> service.recordPostAnswer(id, request.getVersion(), false, postRejectionReason, postWhy),
                "review.postRecorded");
    }

    public void askForInformation() {
        act(() -> service.askForInformation(id, request.getVersion(), informationMessage, informationDue),
                "review.informationRequested");
    }

    public void propose() {
        act(() -> service.propose(id, request.getVersion(), proposal, proposalNote), "review.proposed");
    }

    public void approve() {
        act(() -> service.approve(id, request.getVersion(), decisionReason, new ApprovalTerms(existingClientId,
                        postalAddress == null ? null : postalAddress.toAddress(), correspondenceLanguage)),
                "review.approved");
    }

    public void refuse() {
        act(() -> service.refuse(id, request.getVersion(), decisionReason), "review.refused");
    }

    public void recordFireException() {
        act(() -> service.recordFireException(id, request.getVersion(), fireExceptionReason),
                "review.fireExceptionRecorded");
    }

    private void act(Runnable action, String doneKey) {
        Pages.act(action, doneKey, "/staff/requests/view.xhtml?id=" + id, this::reload);
    }

    public boolean isSupervisor() {
        return person.getRoles().contains(Roles.CIN_SUPERVISOR);
    }

    public boolean isInState(String state) {
        return request.getState() == RequestState.valueOf(state);
    }

    public boolean isAssignable() {
        return request.getState().isOpen()
                && (request.getAssignee() == null || !request.getAssignee().getEmail().equals(person.getEmail()));
    }

    /** Supervisors see the decision form once a colleague proposed; never for their own proposal. */
    public boolean isDecidable() {
        return isSupervisor() && request.getState() == RequestState.IN_REVIEW && request.getProposal() != null
                && !request.getProposedBy().getEmail().equals(person.getEmail());
    }

    public boolean isOwnProposal() {
        return request.getProposedBy() != null && request.getProposedBy().getEmail().equals(person.getEmail());
    }

    public boolean isFireExceptionNeeded() {
        return isSupervisor() && request.isFireAlarm() && request.getFireExceptionReason() == null
                && request.getState().isOpen();
    }

    public long getDaysWaiting() {
        return request.daysWaiting(Instant.now());
    }

    public ConnectionRequest.Decision[] getDecisions() {
        return ConnectionRequest.Decision.values();
    }

    public LocalDate getTomorrow() {
        return LocalDate.now().plusDays(1);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** An information request whose answer is past its due date (the day is the application's clock's). */
    public boolean isInformationOverdue() {
        return request != null && request.getState() == lu.alarmis.request.RequestState.INFO_REQUESTED
                && request.getInformationDue() != null && request.getInformationDue().isBefore(LocalDate.now(clock));
    }

    public ConnectionRequest getRequest() {
        return request;
    }

    public List<RequestEvent> getTimeline() {
        return timeline;
    }

    public String getPostLineId() {
        return postLineId;
    }

    public void setPostLineId(String postLineId) {
        this.postLineId = postLineId;
    }

    public String getPostRejectionReason() {
        return postRejectionReason;
    }

    public void setPostRejectionReason(String postRejectionReason) {
        this.postRejectionReason = postRejectionReason;
    }

    public String getPostWhy() {
        return postWhy;
    }

    public void setPostWhy(String postWhy) {
        this.postWhy = postWhy;
    }

    public String getInformationMessage() {
        return informationMessage;
    }

    public void setInformationMessage(String informationMessage) {
        this.informationMessage = informationMessage;
    }

    public LocalDate getInformationDue() {
        return informationDue;
    }

    public void setInformationDue(LocalDate informationDue) {
        this.informationDue = informationDue;
    }

    public ConnectionRequest.Decision getProposal() {
        return proposal;
    }

    public void setProposal(ConnectionRequest.Decision proposal) {
        this.proposal = proposal;
    }

    public String getProposalNote() {
        return proposalNote;
    }

    public void setProposalNote(String proposalNote) {
        this.proposalNote = proposalNote;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }



    public String getFireExceptionReason() {
        return fireExceptionReason;
    }

    public void setFireExceptionReason(String fireExceptionReason) {
        this.fireExceptionReason = fireExceptionReason;
    }

    public ApprovalProposal getApprovalProposal() {
        return approvalProposal;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Long getExistingClientId() {
        return existingClientId;
    }

    public void setExistingClientId(Long existingClientId) {
        this.existingClientId = existingClientId;
    }

    /** The client's postal address as the supervisor confirms it when approving. */
    public AddressForm getPostalAddress() {
        return postalAddress;
    }

    public Language getCorrespondenceLanguage() {
        return correspondenceLanguage;
    }

    public void setCorrespondenceLanguage(Language correspondenceLanguage) {
        this.correspondenceLanguage = correspondenceLanguage;
    }
}
