package lu.alarmis.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.client.ClientRepository;
import lu.alarmis.client.LineAnswer;
import lu.alarmis.client.RegisterActor;
import lu.alarmis.security.Roles;

/**
 * POST's report of a transmission test ({@code TRANSMISSION_TEST_REPORTED}), recorded as a test of
 * the connection: a passed one moves the next due date a year on, a failed one opens a
 * remediation. Only the identity that processes POST's messages may call it.
 */
@Stateless
@RolesAllowed(Roles.POST_INBOUND)
public class TestReports {

    static final String POST = "POST Luxembourg";

    @Inject
    private ClientRepository register;

    @Inject
    private Obligations obligations;

    @Inject
    private Clock clock;

    /** @param result {@code PASSED} or {@code FAILED}, as the contract's schema allows */
    public LineAnswer reported(String clientNumber, Instant testedAt, String result, String details, String messageId) {
        return register.byClientNumber(clientNumber).map(connection -> {
            LocalDate testedOn = LocalDate.ofInstant(testedAt, clock.getZone());
            TransmissionTest test = obligations.recordTest(connection, testedOn, "PASSED".equals(result), TestSource.POST,
                    details, messageId, RegisterActor.POST, POST);
            return new LineAnswer(LineAnswer.Outcome.APPLIED, connection.getId(),
                    (test.isPassed() ? "PASSED" : "FAILED") + " on " + testedOn);
        }).orElseGet(() -> new LineAnswer(LineAnswer.Outcome.WAITING, null,
                "client number " + clientNumber + " not in the register yet"));
    }
}
