package lu.alarmis.notification;

import java.time.Instant;

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

import lu.alarmis.account.BusinessEspace;

/**
 * A message in an eSpace's inbox. It is the eSpace's, like a shared mailbox: once a member has
 * read it, it is read for all.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int DETAIL_MAX = 2000;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "espace_id", nullable = false, updatable = false)
    private BusinessEspace espace;

    /** The request it is about. */
    @Column(name = "request_id", updatable = false)
    private Long requestId;

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

    Notification(BusinessEspace espace, Long requestId, NotificationKind kind, String detail, Instant createdAt) {
        this.espace = espace;
        this.requestId = requestId;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        this.createdAt = createdAt;
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

    public Long getRequestId() {
        return requestId;
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
