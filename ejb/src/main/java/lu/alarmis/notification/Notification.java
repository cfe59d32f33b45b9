package lu.alarmis.notification;

import java.time.Instant;
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

import lu.alarmis.account.Account;
import lu.alarmis.account.BusinessEspace;

/**
 * A message in an inbox. Most are an eSpace's, like a shared mailbox: once a member has read it,
 * it is read for all. Those about a person's own account (a certificate linked to it) are that
 * person's alone, and follow them into whichever eSpace they act for.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int DETAIL_MAX = 2000;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    /** The eSpace it is for; none when it is one person's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "espace_id", updatable = false)
    private BusinessEspace espace;

    /** The person it is for; none when it is an eSpace's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    /** The request it is about. */
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", updatable = false, length = 20)
    private NotificationSubject.Kind subjectKind;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "subject_reference", updatable = false, length = 40)
    private String subjectReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private NotificationKind kind;

    /** What the text needs beside the kind: the client number, a reason, the CIN's question. */
    @Column(name = "detail", updatable = false, length = DETAIL_MAX)
    private String detail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by", length = 254)
    private String readBy;

    protected Notification() {
        // for JPA
    }

    private Notification(BusinessEspace espace, Account account, NotificationSubject subject, NotificationKind kind,
                         String detail, Instant createdAt) {
        this.espace = espace;
        this.account = account;
        if (subject != null) {
            this.subjectKind = subject.kind();
            this.subjectId = subject.id();
            this.subjectReference = subject.reference() == null || subject.reference().length() <= 40
                    ? subject.reference() : subject.reference().substring(0, 40);
        }
        this.kind = kind;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        this.createdAt = createdAt;
    }

    static Notification toEspace(BusinessEspace espace, NotificationSubject subject, NotificationKind kind,
                                 String detail, Instant createdAt) {
        return new Notification(espace, null, subject, kind, detail, createdAt);
    }

    static Notification toPerson(Account account, NotificationKind kind, String detail, Instant createdAt) {
        return new Notification(null, account, null, kind, detail, createdAt);
    }

    void markRead(String by, Instant at) {
        if (readAt == null) {
            readAt = at;
            readBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public BusinessEspace getEspace() {
        return espace;
    }

    /** Whether it is one person's, about their own account, rather than their eSpace's. */
    public boolean isPersonal() {
        return account != null;
    }

    boolean isFor(long accountId, Set<Long> espaceIds) {
        return account != null ? account.getId() == accountId : espaceIds.contains(espace.getId());
    }

    /** The request it is about, if it is about one: its page links there. */
    public Long getRequestId() {
        return subjectKind == NotificationSubject.Kind.REQUEST ? subjectId : null;
    }

    /** The connection it is about, if it is about one. */
    public Long getConnectionId() {
        return subjectKind == NotificationSubject.Kind.CONNECTION ? subjectId : null;
    }

    /** The certification request it is about, if it is about one. */
    public Long getCertificationId() {
        return subjectKind == NotificationSubject.Kind.CERTIFICATION ? subjectId : null;
    }

    public NotificationSubject.Kind getSubjectKind() {
        return subjectKind;
    }

    /** How its text names its subject: a request's number, a connection's client number. */
    public String getSubjectReference() {
        return subjectReference;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getReadBy() {
        return readBy;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
