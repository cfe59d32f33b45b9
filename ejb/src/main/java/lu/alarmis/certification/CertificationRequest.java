package lu.alarmis.certification;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import lu.alarmis.account.Account;
import lu.alarmis.account.BusinessEspace;
import lu.alarmis.client.Client;
import lu.alarmis.client.Connection;
import lu.alarmis.common.BusinessException;

/**
 * A business eSpace asks to be certified as acting for the client that holds an ALARMIS client
 * number. The register entry the number names is looked up when it is filed (none, if the number
 * is not in the register); an operator prepares (proposes approval or refusal), a supervisor who
 * did not prepare it decides; approval sends a token by post, and the token, entered in the
 * eSpace, certifies it.
 */
@Entity
@Table(name = "certification_request")
public class CertificationRequest {

    public static final int TEXT_MAX = 2000;

    /** What the operator proposes. */
    public enum Proposal {
        APPROVAL, REFUSAL
    }

    @Id
    @SequenceGenerator(name = "certification_request_seq", sequenceName = "certification_request_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_request_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "espace_id", nullable = false, updatable = false)
    private BusinessEspace espace;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requested_by", nullable = false, updatable = false)
    private Account requestedBy;

    @Column(name = "client_number", nullable = false, updatable = false, length = 16)
    private String clientNumber;

    @Column(name = "trade_register_number", updatable = false, length = 20)
    private String tradeRegisterNumber;

    @Size(max = TEXT_MAX)
    @Column(name = "message", updatable = false, length = TEXT_MAX)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private CertificationState state;

    /** The register's connection with that client number, when there is one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "connection_id", updatable = false)
    private Connection connection;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", updatable = false)
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal", length = 10)
    private Proposal proposal;

    @Column(name = "proposal_note", length = TEXT_MAX)
    private String proposalNote;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = TEXT_MAX)
    private String decisionReason;

    @Column(name = "certified_at")
    private Instant certifiedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CertificationRequest() {
        // for JPA
    }

    CertificationRequest(BusinessEspace espace, Account requestedBy, String clientNumber, String tradeRegisterNumber,
                         String message, Connection connection, Instant now) {
        this.espace = espace;
        this.requestedBy = requestedBy;
        this.clientNumber = clientNumber;
        this.tradeRegisterNumber = tradeRegisterNumber;
        this.message = message;
        this.connection = connection;
        this.client = connection == null ? null : connection.getClient();
        this.state = CertificationState.SUBMITTED;
        this.createdAt = now;
    }

    /** The operator's proposal; it may be prepared again until a supervisor decides. */
    void prepare(Proposal proposal, String note, String by, Instant now) {
        requireState(EnumSet.of(CertificationState.SUBMITTED, CertificationState.PREPARED));
        if (proposal == Proposal.APPROVAL && client == null) {
            throw new BusinessException("certification.noSuchClient", "client number " + clientNumber + " is not in the register");
        }
        this.proposal = proposal;
        this.proposalNote = note;
        this.proposedBy = by;
        this.proposedAt = now;
        this.state = CertificationState.PREPARED;
    }

    /** A supervisor follows the proposal or not; never the one who prepared it (four eyes). */
    void decide(boolean approve, String reason, String by, Instant now) {
        requireState(EnumSet.of(CertificationState.PREPARED));
        if (by.equalsIgnoreCase(proposedBy)) {
            throw new BusinessException("certification.fourEyes", by + " prepared certification request " + id);
        }
        if (approve && client == null) {
            throw new BusinessException("certification.noSuchClient", "client number " + clientNumber + " is not in the register");
        }
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionReason = reason;
        this.state = approve ? CertificationState.APPROVED : CertificationState.REFUSED;
    }

    void certify(Instant now) {
        requireState(EnumSet.of(CertificationState.APPROVED));
        this.certifiedAt = now;
        this.state = CertificationState.CERTIFIED;
    }

    void revoke() {
        requireState(EnumSet.of(CertificationState.CERTIFIED));
        this.state = CertificationState.REVOKED;
    }

    private void requireState(Set<CertificationState> allowed) {
        if (!allowed.contains(state)) {
            throw new BusinessException("certification.notNow", "certification request " + id + " is " + state);
        }
    }

    /** Whether the trade-register number given matches the register's client (a mismatch is shown to staff). */
    public boolean isTradeRegisterNumberMatching() {
        return client != null && tradeRegisterNumber != null && tradeRegisterNumber.equals(client.getTradeRegisterNumber());
    }

    public String getReference() {
        return "C-" + id;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public BusinessEspace getEspace() {
        return espace;
    }

    public Account getRequestedBy() {
        return requestedBy;
    }

    public String getClientNumber() {
        return clientNumber;
    }

    public String getTradeRegisterNumber() {
        return tradeRegisterNumber;
    }

    public String getMessage() {
        return message;
    }

    public CertificationState getState() {
        return state;
    }

    public Connection getConnection() {
        return connection;
    }

    public Client getClient() {
        return client;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public String getProposalNote() {
        return proposalNote;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getCertifiedAt() {
        return certifiedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
