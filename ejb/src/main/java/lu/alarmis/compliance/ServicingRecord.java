package lu.alarmis.compliance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import lu.alarmis.client.Connection;
import lu.alarmis.document.InspectedDocument;
import lu.alarmis.document.StoredDocument;

/**
 * A yearly servicing of a connection's alarm system, as the client recorded it: the day, the
 * specialist company, and its certificate (inspected like every upload).
 */
@Entity
@Table(name = "servicing_record")
public class ServicingRecord extends StoredDocument {

    public static final int COMPANY_MAX = 200;

    @Id
    @SequenceGenerator(name = "servicing_record_seq", sequenceName = "servicing_record_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "servicing_record_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connection_id", nullable = false, updatable = false)
    private Connection connection;

    @Column(name = "serviced_on", nullable = false, updatable = false)
    private LocalDate servicedOn;

    @Column(name = "company", nullable = false, updatable = false, length = COMPANY_MAX)
    private String company;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected ServicingRecord() {
        // for JPA
    }

    ServicingRecord(Connection connection, LocalDate servicedOn, String company, InspectedDocument certificate,
                    byte[] bytes, String recordedBy, Instant now) {
        super(certificate, bytes, now);
        this.connection = connection;
        this.servicedOn = servicedOn;
        this.company = company;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Connection getConnection() {
        return connection;
    }

    public LocalDate getServicedOn() {
        return servicedOn;
    }

    public String getCompany() {
        return company;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
