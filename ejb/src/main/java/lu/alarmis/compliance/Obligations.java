package lu.alarmis.compliance;

import static lu.alarmis.common.Text.blank;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import lu.alarmis.client.ClientNotices;
import lu.alarmis.client.ClientNumberIssued;
import lu.alarmis.client.ClientRepository;
import lu.alarmis.client.Connection;
import lu.alarmis.client.ConnectionEventKind;
import lu.alarmis.client.ConnectionHistory;
import lu.alarmis.client.ConnectionStateChanged;
import lu.alarmis.client.RegisterActor;
import lu.alarmis.common.BusinessException;
import lu.alarmis.notification.NotificationKind;

/**
 * What changes a connection's obligations, whoever acts (the client, staff, POST): each change
 * moves the due dates and the standing, and is a line of the connection's history (with the audit
 * trail) and, where the client should know, a notice to its eSpaces; all in the caller's
 * transaction. Days are the injected clock's.
 */
@ApplicationScoped
public class Obligations {

    /** How far back a servicing or a test may be dated (older ones do not count for the year). */
    static final int MONTHS_BACK = 24;

    @Inject
    private ComplianceRepository compliance;

    @Inject
    private ClientRepository register;

    @Inject
    private ConnectionHistory history;

    @Inject
    private ClientNotices notices;

    @Inject
    private Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    /** The connection's obligations; a connection that has none yet (just imported) gets them now. */
    ConnectionCompliance of(Connection connection) {
        return compliance.find(connection.getId()).orElseGet(() -> {
            ConnectionCompliance enrolled = new ConnectionCompliance(connection, today());
            compliance.add(enrolled);
            return enrolled; // standing as its dates say: not a change, no "became overdue"
        });
    }

    /**
     * A line "obligation overdue" in the connection's history when its standing has just become
     * overdue, whatever moved it there (the daily run, a lifted suspension, a closed remediation
     * with the servicing late); not when it first gets its obligations already late.
     */
    void noteOverdue(Connection connection, ComplianceState before, ComplianceState now) {
        if (now == ComplianceState.OVERDUE && before != ComplianceState.OVERDUE) {
            history.record(connection, ConnectionEventKind.OBLIGATION_OVERDUE, RegisterActor.SYSTEM, ComplianceSweep.ACTOR,
                    connection.getState(), "overdue on " + today(), now());
        }
    }

    /** The connection's obligations as a page shows them, with their records. */
    ComplianceFile fileOf(Connection connection) {
        long id = connection.getId();
        return new ComplianceFile(connection, of(connection), compliance.servicings(id), compliance.tests(id),
                compliance.copyRequests(id), compliance.reminders(id));
    }

    /** An approval's connection owes its first servicing and test a year after the approval. */
    void enrol(@Observes ClientNumberIssued issued) {
        register.findConnection(issued.connectionId()).ifPresent(this::of);
    }

    /** A suspension, a reinstatement, an ending: the standing follows at once. */
    void follow(@Observes ConnectionStateChanged change) {
        register.findConnection(change.connectionId()).ifPresent(connection -> {
            ConnectionCompliance obligations = of(connection);
            ComplianceState before = obligations.getState();
            obligations.connectionStateIs(change.state(), today());
            noteOverdue(connection, before, obligations.getState());
        });
    }

    ServicingRecord recordServicing(Connection connection, LocalDate servicedOn, String company,
                                    lu.alarmis.document.InspectedDocument certificate, byte[] bytes,
                                    RegisterActor actorKind, String actor) {
        checkDay(connection, servicedOn, "compliance.servicing");
        if (blank(company)) {
            throw new BusinessException("compliance.servicing.companyRequired", "the specialist company is required");
        }
        if (company.strip().length() > ServicingRecord.COMPANY_MAX) {
            throw new BusinessException("compliance.servicing.companyTooLong", "company name too long");
        }
        ServicingRecord servicing = new ServicingRecord(connection, servicedOn, company.strip(), certificate, bytes,
                actor, now());
        compliance.add(servicing);
        ConnectionCompliance obligations = of(connection);
        obligations.servicingDone(servicedOn, today());
        history.record(connection, ConnectionEventKind.SERVICING_RECORDED, actorKind, actor, connection.getState(),
                servicedOn + " · " + company.strip() + " · " + certificate.fileName(), now());
        return servicing;
    }

    /**
     * A transmission test: the next one due a year after one that passed; a failed one opens a
     * remediation (the client is told: a new test within 30 days), a passed one closes it.
     */
    TransmissionTest recordTest(Connection connection, LocalDate testedOn, boolean passed, TestSource source,
                                String details, String messageId, RegisterActor actorKind, String actor) {
        if (source == TestSource.PGD) { // POST's own dates are its record of the test: taken as they are
            checkDay(connection, testedOn, "compliance.test");
        }
        String text = blank(details) ? null : lu.alarmis.common.Text.cut(details.strip(), TransmissionTest.DETAILS_MAX);
        TransmissionTest test = new TransmissionTest(connection, testedOn, passed, source, text, messageId, actor, now());
        compliance.add(test);
        ConnectionCompliance obligations = of(connection);
        ComplianceState before = obligations.getState();
        ConnectionCompliance.RemediationChange change = obligations.tested(testedOn, passed, today());
        String note = (passed ? "PASSED" : "FAILED") + " · " + testedOn + (text == null ? "" : " · " + text)
                + (messageId == null ? "" : " (message " + messageId + ")");
        history.record(connection, ConnectionEventKind.TRANSMISSION_TEST, actorKind, actor, connection.getState(),
                note, now());
        if (change == ConnectionCompliance.RemediationChange.OPENED) {
            history.record(connection, ConnectionEventKind.REMEDIATION_OPENED, actorKind, actor, connection.getState(),
                    "new test due by " + obligations.getRemediationDueOn(), now());
            notices.tell(connection, NotificationKind.REMEDIATION_OPENED, obligations.getRemediationDueOn().toString());
        } else if (change == ConnectionCompliance.RemediationChange.CLOSED) {
            history.record(connection, ConnectionEventKind.REMEDIATION_CLOSED, actorKind, actor, connection.getState(),
                    "test passed on " + testedOn, now());
            notices.tell(connection, NotificationKind.REMEDIATION_CLOSED, testedOn.toString());
        }
        noteOverdue(connection, before, obligations.getState());
        return test;
    }

    /** Neither in the future nor before the connection, nor older than {@link #MONTHS_BACK} months. */
    private void checkDay(Connection connection, LocalDate day, String keyPrefix) {
        if (day == null) {
            throw new BusinessException(keyPrefix + ".dateRequired", "the date is required");
        }
        if (day.isAfter(today())) {
            throw new BusinessException(keyPrefix + ".dateInFuture", day + " is after today");
        }
        if (day.isBefore(today().minusMonths(MONTHS_BACK))) {
            throw new BusinessException(keyPrefix + ".dateTooOld", day + " is more than " + MONTHS_BACK + " months ago");
        }
    }

    CopyRequest askForCopy(Connection connection, LocalDate dueOn, String note, String actor) {
        if (connection.getState() != lu.alarmis.client.ConnectionState.ACTIVE) {
            throw new BusinessException("connection.notActive", "connection " + connection.getClientNumber() + " is "
                    + connection.getState());
        }
        if (dueOn == null || !dueOn.isAfter(today())) {
            throw new BusinessException("compliance.copy.dueInFuture", "the due date must be after today");
        }
        if (compliance.openCopyRequest(connection.getId()).isPresent()) {
            throw new BusinessException("compliance.copy.alreadyOpen", "a copy request is open already");
        }
        String text = blank(note) ? null : lu.alarmis.common.Text.cut(note.strip(), CopyRequest.TEXT_MAX);
        CopyRequest request = new CopyRequest(connection, dueOn, text, actor, now());
        compliance.add(request);
        of(connection).copyRequested(dueOn, today());
        history.record(connection, ConnectionEventKind.COPY_REQUESTED, RegisterActor.PGD, actor, connection.getState(),
                "due by " + dueOn + (text == null ? "" : " · " + text), now());
        notices.tell(connection, NotificationKind.CERTIFICATE_COPY_REQUESTED, dueOn.toString());
        return request;
    }

    void answerCopy(CopyRequest request, ServicingRecord servicing, String actor) {
        request.answer(servicing, actor, now());
        history.record(request.getConnection(), ConnectionEventKind.COPY_ANSWERED, RegisterActor.CLIENT, actor,
                request.getConnection().getState(), servicing.getServicedOn() + " · " + servicing.getCompany() + " · "
                        + servicing.getFileName(), now());
    }

    void acceptCopy(CopyRequest request, String actor) {
        request.accept(actor, now());
        of(request.getConnection()).copySettled(today());
        history.record(request.getConnection(), ConnectionEventKind.COPY_ACCEPTED, RegisterActor.PGD, actor,
                request.getConnection().getState(), null, now());
        notices.tell(request.getConnection(), NotificationKind.CERTIFICATE_COPY_ACCEPTED, null);
    }

    void sendBackCopy(CopyRequest request, String reason, String actor) {
        if (blank(reason)) {
            throw new BusinessException("compliance.copy.reasonRequired", "a reason is required");
        }
        String text = lu.alarmis.common.Text.cut(reason.strip(), CopyRequest.TEXT_MAX);
        request.sendBack(text, actor, now());
        history.record(request.getConnection(), ConnectionEventKind.COPY_SENT_BACK, RegisterActor.PGD, actor,
                request.getConnection().getState(), text, now());
        notices.tell(request.getConnection(), NotificationKind.CERTIFICATE_COPY_SENT_BACK, text);
    }
}
