package lu.alarmis.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction that changed audited data (Hibernate Envers), with the person who made it.
 * The field-by-field history of a request hangs off these revisions.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(HistoryRevisionListener.class)
public class HistoryRevision {

    @Id
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @RevisionNumber
    @Column(name = "rev")
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "actor", length = AuditEvent.ACTOR_MAX)
    private String actor;

    public long getId() {
        return id;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public String getActor() {
        return actor;
    }

    void setActor(String actor) {
        this.actor = actor;
    }
}
