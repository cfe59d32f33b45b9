package lu.alarmis.compliance;

import java.util.List;
import java.util.Optional;

import lu.alarmis.client.Connection;

/**
 * One connection's yearly obligations as a page shows them: its standing and due dates, the
 * servicings recorded (newest first), the transmission tests, the police's requests for a copy of
 * the certificate, and the reminders sent.
 */
public record ComplianceFile(Connection connection, ConnectionCompliance compliance, List<ServicingRecord> servicings,
                             List<TransmissionTest> tests, List<CopyRequest> copyRequests, List<Reminder> reminders) {

    /** The request for a copy that is not settled yet, if any. */
    public Optional<CopyRequest> openCopyRequest() {
        return copyRequests.stream().filter(r -> r.getState().isOpen()).findFirst();
    }
}
