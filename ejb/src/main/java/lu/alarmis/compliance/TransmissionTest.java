package lu.alarmis.compliance;

import java.time.Instant;
import java.time.LocalDate;

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

import lu.alarmis.client.Connection;

/** An alarm transmission test of a connection, passed or failed, as POST reported it or staff recorded it. */
@Entity
@Table(name = "transmission_test")
public class TransmissionTest {

    public static final int DETAILS_MAX = 2000;

    @Id
    @SequenceGenerator(name = "transmission_test_seq", sequenceName = "transmission_test_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transmission_test_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connection_id", nullable = false, updatable = false)
    private Connection connection;

    @Column(name = "tested_on", nullable = false, updatable = false)
    private LocalDate testedOn;

    @Column(name = "passed", nullable = false, updatable = false)
    private boolean passed;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 5)
    private TestSource source;

    @Column(name = "details", updatable = false, length = DETAILS_MAX)
    private String details;

    /** POST's message, for a reported test. */
    @Column(name = "message_id", updatable = false, length = 100)
    private String messageId;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected TransmissionTest() {
        // for JPA
    }

    TransmissionTest(Connection connection, LocalDate testedOn, boolean passed, TestSource source, String details,
                     String messageId, String recordedBy, Instant now) {
        this.connection = connection;
        this.testedOn = testedOn;
        this.passed = passed;
        this.source = source;
        this.details = details;
        this.messageId = messageId;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Connection getConnection() {
        return connection;
    }

    public LocalDate getTestedOn() {
        return testedOn;
    }

    public boolean isPassed() {
        return passed;
    }

    public TestSource getSource() {
        return source;
    }

    public String getDetails() {
        return details;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
