package lu.alarmis.web.staff.certification;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.certification.CertificationEvent;
import lu.alarmis.certification.CertificationRequest;
import lu.alarmis.certification.CertificationReviewService;
import lu.alarmis.certification.CertificationState;
import lu.alarmis.certification.CertificationToken;
import lu.alarmis.certification.Letter;
import lu.alarmis.certification.LetterService;
import lu.alarmis.certification.LetterState;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.Measure;
import lu.alarmis.decision.SubjectKind;
import lu.alarmis.web.Pages;
import lu.alarmis.web.security.SignedInPerson;

/**
 * /staff/certification/view.xhtml?id=…: a certification request beside the register entry its
 * client number names (a missing entry or another trade-register number stands out); the
 * operator's preparation, a supervisor's decision (not the one who prepared it), the tokens and
 * letters with their whole life, a new token, and the history.
 */
@Named("certificationReview")
@ViewScoped
public class CertificationReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CertificationReviewService certifications;

    @EJB
    private LetterService letterService;

    @EJB
    private IntendedDecisionService decisions;

    @Inject
    private SignedInPerson person;

    private Long id;
    private CertificationRequest request;
    private List<CertificationEvent> history;
    private List<CertificationToken> tokens;
    private List<Letter> letters;
    private CertificationRequest.Proposal proposal;
    private String note;
    private String reason;
    private List<IntendedDecision> revocations;
    private String revocationReasons;
    private LocalDate answerDue = LocalDate.now(Luxembourg.ZONE).plusDays(IntendedDecision.MIN_DAYS_TO_ANSWER);
    private String urgency;

    /** f:viewAction */
    public void load() {
        try {
            reload();
        } catch (NotFoundException unknown) {
            Pages.notFound();
        }
    }

    private void reload() {
        request = certifications.get(id == null ? -1 : id);
        history = certifications.history(request.getId());
        tokens = certifications.tokens(request.getId());
        letters = certifications.letters(request.getId());
        revocations = decisions.about(SubjectKind.CERTIFICATION, List.of(request.getId()));
    }

    /** Announces the intended revocation: the eSpace may answer until the date. */
    public void announceRevocation() {
        act(() -> decisions.announce(Measure.REVOKE_CERTIFICATION, id, revocationReasons, answerDue), "decision.announced");
    }

    /** Revokes at once, for the urgency the supervisor states. */
    public void revokeUrgently() {
        act(() -> decisions.takeUrgently(Measure.REVOKE_CERTIFICATION, id, revocationReasons, urgency),
                "decision.takenUrgently");
    }

    /** A certified eSpace's certification can be revoked, through an intended decision, when none is open. */
    public boolean isRevocable() {
        return request.getState() == CertificationState.CERTIFIED && revocations.stream().noneMatch(IntendedDecision::isOpen);
    }

    public void prepare() {
        act(() -> certifications.prepare(id, request.getVersion(), proposal, note), "certification.prepared");
    }

    public void approve() {
        act(() -> certifications.approve(id, request.getVersion()), "certification.approved");
    }

    public void refuse() {
        act(() -> certifications.refuse(id, request.getVersion(), reason), "certification.refused");
    }

    public void reissue() {
        act(() -> certifications.reissue(id, request.getVersion()), "certification.reissued");
    }

    public void cancel(Letter letter) {
        act(() -> letterService.cancel(letter.getId(), letter.getVersion()), "letters.cancelled");
    }

    private void act(Runnable action, String doneKey) {
        Pages.act(action, doneKey, "/staff/certification/view.xhtml?id=" + id, this::reload);
    }

    public boolean isPreparable() {
        return request.getState().isInReview();
    }

    /** A supervisor decides a prepared request, unless they prepared it. */
    public boolean isDecidable() {
        return person.isSupervisor() && request.getState() == CertificationState.PREPARED
                && !person.getEmail().equalsIgnoreCase(request.getProposedBy());
    }

    public boolean isPreparedByMe() {
        return request.getState() == CertificationState.PREPARED && person.getEmail().equalsIgnoreCase(request.getProposedBy());
    }

    public boolean isReissuable() {
        return request.getState() == CertificationState.APPROVED;
    }

    public boolean isCancellable(Letter letter) {
        return letter.getState() == LetterState.WAITING || letter.getState() == LetterState.PRINTED;
    }

    public CertificationRequest.Proposal[] getProposals() {
        return CertificationRequest.Proposal.values();
    }

    public List<IntendedDecision> getRevocations() {
        return revocations;
    }

    public String getRevocationReasons() {
        return revocationReasons;
    }

    public void setRevocationReasons(String revocationReasons) {
        this.revocationReasons = revocationReasons;
    }

    public LocalDate getAnswerDue() {
        return answerDue;
    }

    public void setAnswerDue(LocalDate answerDue) {
        this.answerDue = answerDue;
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public boolean isSupervisor() {
        return person.isSupervisor();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CertificationRequest getRequest() {
        return request;
    }

    public List<CertificationEvent> getHistory() {
        return history;
    }

    public List<CertificationToken> getTokens() {
        return tokens;
    }

    public List<Letter> getLetters() {
        return letters;
    }

    public CertificationRequest.Proposal getProposal() {
        return proposal;
    }

    public void setProposal(CertificationRequest.Proposal proposal) {
        this.proposal = proposal;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
