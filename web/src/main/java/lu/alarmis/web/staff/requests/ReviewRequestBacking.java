package lu.alarmis.web.staff.requests;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.common.NotFoundException;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.ConnectionStatus;
import lu.alarmis.request.RequestEvent;
import lu.alarmis.request.RequestReviewService;
import lu.alarmis.request.RequestState;
import lu.alarmis.security.Roles;
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
    private String connectionReason;

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
        act(() -> service.decide(id, request.getVersion(), ConnectionRequest.Decision.APPROVAL, decisionReason),
                "review.approved");
    }

    public void refuse() {
        act(() -> service.decide(id, request.getVersion(), ConnectionRequest.Decision.REFUSAL, decisionReason),
                "review.refused");
    }

    public void recordFireException() {
        act(() -> service.recordFireException(id, request.getVersion(), fireExceptionReason),
                "review.fireExceptionRecorded");
    }

    public void suspendConnection() {
        act(() -> service.suspendConnection(id, request.getVersion(), connectionReason), "connection.suspended");
    }

    public void reinstateConnection() {
        act(() -> service.reinstateConnection(id, request.getVersion(), connectionReason), "connection.reinstated");
    }

    public void endConnection() {
        act(() -> service.endConnection(id, request.getVersion(), connectionReason), "connection.ended");
    }

    /** Supervisors suspend, reinstate and end approved clients' connections until they are ended. */
    public boolean isConnectionChangeable() {
        return isSupervisor() && request.getConnectionStatus() != null
                && request.getConnectionStatus() != ConnectionStatus.ENDED;
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

    public String getConnectionReason() {
        return connectionReason;
    }

    public void setConnectionReason(String connectionReason) {
        this.connectionReason = connectionReason;
    }

    public String getFireExceptionReason() {
        return fireExceptionReason;
    }

    public void setFireExceptionReason(String fireExceptionReason) {
        this.fireExceptionReason = fireExceptionReason;
    }
}
