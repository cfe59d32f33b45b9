package lu.alarmis.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lu.alarmis.account.Account;
import lu.alarmis.account.BusinessEspace;
import lu.alarmis.client.Connection;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.SearchKey;

/**
 * An initial connection request of a business eSpace (procedure 2 of the domain), from the first
 * draft to the decision. Its state only moves through {@link RequestState}; what the applicant
 * typed is audited field by field (Envers), and every move is an event of its history.
 */
@Entity
@Table(name = "connection_request")
public class ConnectionRequest {

    public static final int ORDER_REFERENCE_MAX = 40;
    /** POST's order references: letters, digits and dashes, 4 to 40 of them. */
    public static final String ORDER_REFERENCE_PATTERN = "[A-Z0-9][A-Z0-9-]{3,39}";
    public static final int REASONS_MAX = 4000;
    public static final int NOTE_MAX = 2000;
    public static final int MIN_CONTACTS = 2;
    public static final int MAX_CONTACTS = 5;
    public static final int MAX_DOCUMENTS = 10;
    /** All documents of a request together, applicant's answers included. */
    public static final long MAX_DOCUMENTS_BYTES = 20L * 1024 * 1024;
    /** The wizard's steps; step 7 (summary and submission) has nothing of its own to save. */
    public static final int LAST_STEP = 7;

    @Id
    @SequenceGenerator(name = "connection_request_seq", sequenceName = "connection_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "connection_request_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "espace_id", nullable = false, updatable = false)
    private BusinessEspace espace;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private Account createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Audited
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private RequestState state;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    /** Whether the CIN's default work queue shows it: submitted and neither decided nor withdrawn. */
    @Column(name = "in_queue", nullable = false)
    private boolean inQueue;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The furthest wizard step the applicant has saved, so that a draft resumes there. */
    @Column(name = "wizard_step", nullable = false)
    private int wizardStep;

    @Audited
    @Embedded
    private SiteAddress site = new SiteAddress();

    /** The locality in capitals, as the work queue filters it. */
    @Column(name = "site_locality_key", length = 80)
    private String siteLocalityKey;

    @Audited
    @Column(name = "passive_alarm", nullable = false)
    private boolean passiveAlarm;

    @Audited
    @Column(name = "active_alarm", nullable = false)
    private boolean activeAlarm;

    @Audited
    @Column(name = "fire_alarm", nullable = false)
    private boolean fireAlarm;

    @Audited
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "installer_name", length = Company.NAME_MAX)),
            @AttributeOverride(name = "address", column = @Column(name = "installer_address", length = Company.ADDRESS_MAX)),
            @AttributeOverride(name = "contact", column = @Column(name = "installer_contact", length = Company.CONTACT_MAX))})
    private Company installer = new Company();

    @Audited
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "maintainer_name", length = Company.NAME_MAX)),
            @AttributeOverride(name = "address", column = @Column(name = "maintainer_address", length = Company.ADDRESS_MAX)),
            @AttributeOverride(name = "contact", column = @Column(name = "maintainer_contact", length = Company.CONTACT_MAX))})
    private Company maintainer = new Company();

    @Audited
    @Size(max = ORDER_REFERENCE_MAX)
    @Column(name = "post_order_reference", length = ORDER_REFERENCE_MAX)
    private String postOrderReference;

    @Audited
    @Size(max = REASONS_MAX)
    @Column(name = "reasons", length = REASONS_MAX)
    private String reasons;

    @Audited
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ContactPerson> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "request")
    @OrderBy("uploadedAt")
    private List<RequestDocument> documents = new ArrayList<>();

    @Column(name = "obligations_acknowledged_at")
    private Instant obligationsAcknowledgedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    @Size(max = 40)
    @Column(name = "post_line_id", length = 40)
    private String postLineId;

    @Column(name = "post_transmitter_id", length = 40)
    private String postTransmitterId;

    @Size(max = NOTE_MAX)
    @Column(name = "information_request", length = NOTE_MAX)
    private String informationRequest;

    @Column(name = "information_due")
    private LocalDate informationDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal", length = 10)
    private Decision proposal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_by")
    private Account proposedBy;

    @Size(max = NOTE_MAX)
    @Column(name = "proposal_note", length = NOTE_MAX)
    private String proposalNote;

    @Size(max = NOTE_MAX)
    @Column(name = "fire_exception_reason", length = NOTE_MAX)
    private String fireExceptionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "fire_exception_by")
    private Account fireExceptionBy;


    @Audited
    @Size(max = NOTE_MAX)
    @Column(name = "decision_reason", length = NOTE_MAX)
    private String decisionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Once approved: the client's connection in the register, which holds its number, line and state. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "connection_id")
    private Connection connection;

    /** What staff propose and supervisors decide. */
    public enum Decision {
        APPROVAL,
        REFUSAL
    }

    protected ConnectionRequest() {
        // for JPA
    }

    ConnectionRequest(BusinessEspace espace, Account creator, Instant now) {
        this.espace = espace;
        this.createdBy = creator;
        this.createdAt = now;
        this.state = RequestState.DRAFT;
        this.stateChangedAt = now;
        this.wizardStep = 0;
    }

    // ---- the applicant's wizard -------------------------------------------------------------

    void updateSite(SiteAddress site) {
        requireEditable();
        this.site = site.normalised();
        this.siteLocalityKey = SearchKey.of(this.site.getLocality());
        stepSaved(1);
    }

    /**
     * Passive and/or active alarms. Fire alarms are CGDIS's business: a request for fire alone is
     * stopped here; fire beside another type needs a supervisor's exception before approval.
     */
    void updateAlarmTypes(boolean passive, boolean active, boolean fire) {
        requireEditable();
        if (fire && !passive && !active) {
            throw new BusinessException("request.fireOnly", "fire alarms alone are not connected to the police");
        }
        if (!passive && !active) {
            throw new BusinessException("request.alarmTypeRequired", "no alarm type chosen");
        }
        this.passiveAlarm = passive;
        this.activeAlarm = active;
        this.fireAlarm = fire;
        stepSaved(2);
    }

    void updateCompanies(Company installer, Company maintainer) {
        requireEditable();
        this.installer = installer.normalised();
        this.maintainer = maintainer.normalised();
        stepSaved(3);
    }

    void updateOrderReference(String reference) {
        requireEditable();
        this.postOrderReference = normaliseOrderReference(reference);
        stepSaved(4);
    }

    /** The applicant corrects the order reference that POST rejected; POST checks it again. */
    void correctOrderReference(String reference, Instant now) {
        this.postOrderReference = normaliseOrderReference(reference);
        moveTo(RequestState.POST_CHECK, now);
    }

    static String normaliseOrderReference(String reference) {
        return reference == null ? null : reference.strip().toUpperCase(java.util.Locale.ROOT);
    }

    void replaceContacts(List<Contact> given) {
        requireEditable();
        List<Contact> filled = given.stream().filter(c -> !c.isEmpty()).map(Contact::normalised).toList();
        for (int i = 0; i < filled.size(); i++) {
            if (!filled.get(i).isComplete()) {
                throw new BusinessException("request.contactIncomplete", "contact incomplete", i + 1);
            }
        }
        if (filled.size() < MIN_CONTACTS) {
            throw new BusinessException("request.contactsTooFew", "fewer than two contact persons",
                    MIN_CONTACTS);
        }
        if (filled.size() > MAX_CONTACTS) {
            throw new BusinessException("request.contactsTooMany", "too many contact persons", MAX_CONTACTS);
        }
        // Update in place, so that the history shows which person changed rather than a new list.
        for (int i = 0; i < filled.size(); i++) {
            if (i < contacts.size()) {
                contacts.get(i).replace(filled.get(i));
            } else {
                contacts.add(new ContactPerson(this, i, filled.get(i)));
            }
        }
        while (contacts.size() > filled.size()) {
            contacts.remove(contacts.size() - 1);
        }
        stepSaved(5);
    }

    void updateReasons(String reasons) {
        requireEditable();
        this.reasons = reasons == null ? null : reasons.strip();
        stepSaved(6);
    }

    private void stepSaved(int step) {
        wizardStep = Math.max(wizardStep, step);
    }

    private void requireEditable() {
        if (state != RequestState.DRAFT) {
            throw new BusinessException("request.notEditable", "request " + id + " is " + state);
        }
    }

    /** The wizard steps (1–6) still missing something before the request can be submitted. */
    public List<Integer> missingSteps() {
        List<Integer> missing = new ArrayList<>();
        if (!getSite().isComplete()) {
            missing.add(1);
        }
        if (!passiveAlarm && !activeAlarm) {
            missing.add(2);
        }
        if (!getInstaller().isComplete() || !getMaintainer().isComplete()) {
            missing.add(3);
        }
        if (postOrderReference == null || postOrderReference.isBlank()) {
            missing.add(4);
        }
        if (contacts.size() < MIN_CONTACTS || contacts.stream().anyMatch(c -> !c.getContact().isComplete())) {
            missing.add(5);
        }
        if (reasons == null || reasons.isBlank() || supportingDocuments().isEmpty()) {
            missing.add(6);
        }
        return missing;
    }

    /** Submission: complete, obligations acknowledged; the order check with POST comes next. */
    void submit(boolean obligationsAcknowledged, Instant now) {
        requireEditable();
        List<Integer> missing = missingSteps();
        if (!missing.isEmpty()) {
            throw new BusinessException("request.incomplete", "steps missing: " + missing,
                    missing.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        if (!obligationsAcknowledged) {
            throw new BusinessException("request.obligationsNotAcknowledged", "obligations not acknowledged");
        }
        this.obligationsAcknowledgedAt = now;
        this.submittedAt = now;
        moveTo(RequestState.SUBMITTED, now);
    }

    // ---- the CIN's review ---------------------------------------------------------------------

    void assignTo(Account staffMember) {
        if (!state.isOpen() || state == RequestState.DRAFT) {
            throw new TransitionNotAllowedException(state, state);
        }
        this.assignee = staffMember;
    }

    void postConfirmed(String lineId, String transmitterId, Instant now) {
        moveTo(RequestState.IN_REVIEW, now);
        this.postLineId = lineId;
        this.postTransmitterId = transmitterId;
    }

    void postRejected(Instant now) {
        moveTo(RequestState.POST_REJECTED, now);
    }

    void requestInformation(String message, LocalDate due, Instant now) {
        moveTo(RequestState.INFO_REQUESTED, now);
        this.informationRequest = message;
        this.informationDue = due;
        clearProposal();
    }

    void informationProvided(Instant now) {
        moveTo(RequestState.IN_REVIEW, now);
    }

    void propose(Decision decision, Account by, String note) {
        if (state != RequestState.IN_REVIEW) {
            throw new BusinessException("request.proposeNotInReview", "request " + id + " is " + state);
        }
        this.proposal = decision;
        this.proposedBy = by;
        this.proposalNote = note;
    }

    void recordFireException(Account by, String reason) {
        if (!fireAlarm) {
            throw new BusinessException("request.noFireAlarm", "request " + id + " has no fire alarm");
        }
        if (!state.isOpen() || state == RequestState.DRAFT) {
            throw new TransitionNotAllowedException(state, state);
        }
        this.fireExceptionBy = by;
        this.fireExceptionReason = reason;
    }

    /**
     * Whether this supervisor may take this decision now: in review, on a colleague's proposal
     * (four eyes), and for a fire alarm only after the fire exception.
     */
    void requireDecidable(Decision decision, Account supervisor) {
        if (state != RequestState.IN_REVIEW) {
            throw new TransitionNotAllowedException(state,
                    decision == Decision.APPROVAL ? RequestState.APPROVED : RequestState.REFUSED);
        }
        if (proposal == null) {
            throw new BusinessException("request.noProposal", "request " + id + " has no proposal");
        }
        if (proposedBy != null && proposedBy.getEmail().equals(supervisor.getEmail())) {
            throw new BusinessException("request.fourEyes", "the proposer may not decide");
        }
        if (decision == Decision.APPROVAL && fireAlarm && fireExceptionReason == null) {
            throw new BusinessException("request.fireExceptionRequired", "fire alarm without exception");
        }
    }

    /**
     * Approval by a supervisor along the rules of {@link #requireDecidable}; the service has put the
     * connection into the register before, and hands it over with {@link #connectedAs}.
     */
    void approve(Account supervisor, String note, Instant now) {
        requireDecidable(Decision.APPROVAL, supervisor);
        moveTo(RequestState.APPROVED, now);
        this.decidedBy = supervisor;
        this.decidedAt = now;
        this.decisionReason = note;
    }

    /** The connection the approval put into the register. */
    void connectedAs(Connection newConnection) {
        if (state != RequestState.APPROVED || connection != null) {
            throw new IllegalStateException("request " + id + " is " + state + ", connected: " + (connection != null));
        }
        this.connection = newConnection;
    }

    /** Refusal by a supervisor, with the reason the applicant reads. */
    void refuse(Account supervisor, String reason, Instant now) {
        requireDecidable(Decision.REFUSAL, supervisor);
        moveTo(RequestState.REFUSED, now);
        this.decidedBy = supervisor;
        this.decidedAt = now;
        this.decisionReason = reason;
    }

    void withdraw(Instant now) {
        moveTo(RequestState.WITHDRAWN, now);
        clearProposal();
    }

    private void clearProposal() {
        this.proposal = null;
        this.proposedBy = null;
        this.proposalNote = null;
    }

    /** The only way the state changes. */
    void moveTo(RequestState target, Instant now) {
        this.state = state.moveTo(target);
        this.stateChangedAt = now;
        this.inQueue = WorkQueueFilter.OPEN.contains(state);
    }

    // ---- reading ------------------------------------------------------------------------------

    /** Days since submission, up to the decision (or until now while it waits). */
    public long daysWaiting(Instant now) {
        if (submittedAt == null) {
            return 0;
        }
        Instant end = decidedAt != null ? decidedAt : (state == RequestState.WITHDRAWN ? stateChangedAt : now);
        return Duration.between(submittedAt, end).toDays();
    }

    public List<RequestDocument> supportingDocuments() {
        return documents.stream().filter(d -> d.getPurpose() == RequestDocument.Purpose.SUPPORTING).toList();
    }

    public long documentsBytes() {
        return documents.stream().mapToLong(RequestDocument::getSize).sum();
    }

    void attach(RequestDocument document) {
        documents.add(document);
    }

    void detach(RequestDocument document) {
        documents.remove(document);
    }

    public boolean isAwaitingApplicant() {
        return state == RequestState.DRAFT || state == RequestState.INFO_REQUESTED
                || state == RequestState.POST_REJECTED;
    }

    public Long getId() {
        return id;
    }

    /** How POST and the register name it: "R-1000000123". */
    public String getReference() {
        return "R-" + id;
    }

    public long getVersion() {
        return version;
    }

    public BusinessEspace getEspace() {
        return espace;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public RequestState getState() {
        return state;
    }

    public boolean isInQueue() {
        return inQueue;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getWizardStep() {
        return wizardStep;
    }

    /** Hibernate reads an embedded value whose columns are all empty as null: a draft has an empty one. */
    public SiteAddress getSite() {
        return site == null ? new SiteAddress() : site;
    }

    public boolean isPassiveAlarm() {
        return passiveAlarm;
    }

    public boolean isActiveAlarm() {
        return activeAlarm;
    }

    public boolean isFireAlarm() {
        return fireAlarm;
    }

    public Company getInstaller() {
        return installer == null ? new Company() : installer;
    }

    public Company getMaintainer() {
        return maintainer == null ? new Company() : maintainer;
    }

    public String getPostOrderReference() {
        return postOrderReference;
    }

    public String getReasons() {
        return reasons;
    }

    public List<ContactPerson> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    public List<RequestDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    public Instant getObligationsAcknowledgedAt() {
        return obligationsAcknowledgedAt;
    }

    public Account getAssignee() {
        return assignee;
    }

    public String getPostLineId() {
        return postLineId;
    }

    public String getInformationRequest() {
        return informationRequest;
    }

    public LocalDate getInformationDue() {
        return informationDue;
    }

    public Decision getProposal() {
        return proposal;
    }

    public Account getProposedBy() {
        return proposedBy;
    }

    public String getProposalNote() {
        return proposalNote;
    }

    public String getFireExceptionReason() {
        return fireExceptionReason;
    }

    public Account getFireExceptionBy() {
        return fireExceptionBy;
    }

    /** The client number of its connection, once approved. */
    public String getClientNumber() {
        return connection == null ? null : connection.getClientNumber();
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** Its connection in the register; {@code null} until the request is approved. */
    public Connection getConnection() {
        return connection;
    }

    public String getPostTransmitterId() {
        return postTransmitterId;
    }
}
