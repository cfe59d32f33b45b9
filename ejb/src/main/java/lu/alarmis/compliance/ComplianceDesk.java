package lu.alarmis.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.client.ClientRepository;
import lu.alarmis.client.Connection;
import lu.alarmis.client.RegisterActor;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.common.BusinessException;
import lu.alarmis.security.Roles;

/**
 * The section's side of the yearly obligations: the compliance dashboard (how many connections in
 * each standing, and the list behind each figure), a connection's file, asking for a copy of the
 * certificate and accepting it or sending it back, and recording a transmission test POST did not
 * report. Suspending a connection that stays non-compliant is an intended decision on the client's
 * page.
 */
@Stateless
@RolesAllowed({Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR})
public class ComplianceDesk {

    /** The CSV export's rows at most. */
    public static final int EXPORT_MAX = 100_000;

    @Inject
    private ComplianceRepository compliance;

    @Inject
    private ClientRepository register;

    @Inject
    private Obligations obligations;

    @Resource
    private SessionContext context;

    public Map<ComplianceState, Long> counts(ComplianceFilter filter) {
        return compliance.counts(filter);
    }

    public List<ConnectionCompliance> list(ComplianceFilter filter, int first, int max) {
        return compliance.list(filter, first, max);
    }

    public long count(ComplianceFilter filter) {
        return compliance.count(filter);
    }

    public ComplianceFile file(long connectionId) {
        Connection connection = connection(connectionId);
        return obligations.fileOf(connection);
    }

    /** For a test POST did not report; the next is due a year after one that passed. */
    public TransmissionTest recordTest(long connectionId, LocalDate testedOn, boolean passed, String details) {
        return obligations.recordTest(connection(connectionId), testedOn, passed, TestSource.PGD, details, null,
                RegisterActor.PGD, caller());
    }

    public CopyRequest askForCopy(long connectionId, LocalDate dueOn, String note) {
        return obligations.askForCopy(connection(connectionId), dueOn, note, caller());
    }

    public CopyRequest acceptCopy(long copyRequestId, long version) {
        CopyRequest request = copyRequest(copyRequestId, version);
        obligations.acceptCopy(request, caller());
        return request;
    }

    public CopyRequest sendBackCopy(long copyRequestId, long version, String reason) {
        CopyRequest request = copyRequest(copyRequestId, version);
        obligations.sendBackCopy(request, reason, caller());
        return request;
    }

    private CopyRequest copyRequest(long copyRequestId, long version) {
        CopyRequest request = compliance.copyRequest(copyRequestId)
                .orElseThrow(() -> new NotFoundException("copy request", copyRequestId));
        if (request.getVersion() != version) {
            throw new BusinessException("compliance.changedMeanwhile", "copy request " + copyRequestId
                    + " changed since it was loaded");
        }
        return request;
    }

    private Connection connection(long connectionId) {
        return register.findConnection(connectionId)
                .orElseThrow(() -> new NotFoundException("connection", connectionId));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
