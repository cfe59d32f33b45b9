package lu.alarmis.compliance;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.account.EspaceMembership;
import lu.alarmis.account.EspaceService;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.ClientRepository;
import lu.alarmis.client.Connection;
import lu.alarmis.client.RegisterActor;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.document.DocumentDownload;
import lu.alarmis.document.DocumentInspector;
import lu.alarmis.document.InspectedDocument;
import lu.alarmis.security.Roles;

/**
 * The yearly obligations of a connection as its client meets them in the business eSpace: where it
 * stands, recording a servicing with its certificate, answering the police's request for a copy.
 * Every id from outside is checked: a connection of a client the eSpace does not act for is not
 * found, the same way, and the attempt is audited.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class MyObligations {

    @EJB
    private ClientRegister clients;

    @EJB
    private EspaceService espaces;

    @Inject
    private ClientRepository register;

    @Inject
    private ComplianceRepository compliance;

    @Inject
    private Obligations obligations;

    @Inject
    private DocumentInspector inspector;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    public ComplianceFile file(long espaceId, long connectionId) {
        Connection connection = clients.connectionOfMyEspace(espaceId, connectionId);
        return obligations.fileOf(connection);
    }

    /**
     * A yearly servicing with its certificate (inspected like every upload; a refused file leaves
     * nothing). It answers the police's request for a copy if one waits for the client.
     */
    public ServicingRecord recordServicing(long espaceId, long connectionId, LocalDate servicedOn, String company,
                                           String fileName, byte[] content) {
        Connection connection = clients.connectionOfMyEspace(espaceId, connectionId);
        InspectedDocument certificate = inspector.inspect(fileName, content);
        String by = caller();
        ServicingRecord servicing = obligations.recordServicing(connection, servicedOn, company, certificate, content,
                RegisterActor.CLIENT, by);
        audit.record(by, AuditAction.DOCUMENT_UPLOADED, "connection", connection.getClientNumber(),
                "servicing certificate " + certificate.fileName() + " " + certificate.mediaType() + " "
                        + certificate.size() + " B sha256 " + certificate.sha256Hex());
        compliance.openCopyRequest(connectionId).filter(r -> r.getState().isAwaitingClient())
                .ifPresent(request -> obligations.answerCopy(request, servicing, by));
        return servicing;
    }

    /** Answers the police's request for a copy with a servicing recorded before. */
    public CopyRequest answerCopy(long espaceId, long copyRequestId, long servicingId) {
        CopyRequest request = compliance.copyRequest(copyRequestId)
                .filter(r -> actsFor(espaceId, r.getConnection()))
                .orElseThrow(() -> refused("copy-request", copyRequestId, espaceId));
        ServicingRecord servicing = compliance.servicing(servicingId)
                .filter(s -> s.getConnection().getId().equals(request.getConnection().getId()))
                .orElseThrow(() -> refused("servicing", servicingId, espaceId));
        obligations.answerCopy(request, servicing, caller());
        return request;
    }

    /** A servicing certificate of a connection of a client one of the caller's eSpaces acts for; staff read every one. */
    @RolesAllowed({Roles.APPLICANT, Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR})
    public DocumentDownload download(long servicingId) {
        String caller = caller();
        boolean staff = context.isCallerInRole(Roles.CIN_OPERATOR) || context.isCallerInRole(Roles.CIN_SUPERVISOR);
        ServicingRecord servicing = compliance.servicing(servicingId)
                .filter(s -> staff || actsForMe(s.getConnection()))
                .orElseThrow(() -> {
                    audit.recordRefusal(caller, AuditAction.ACCESS_DENIED, "servicing-certificate", servicingId,
                            "not visible to the caller");
                    return new NotFoundException("document", servicingId);
                });
        audit.record(caller, AuditAction.DOCUMENT_DOWNLOADED, "connection", servicing.getConnection().getClientNumber(),
                "servicing certificate " + servicing.getFileName());
        return servicing.download();
    }

    private boolean actsFor(long espaceId, Connection connection) {
        espaces.myMembership(espaceId);
        return register.espacesOf(connection.getClient().getId()).stream()
                .anyMatch(link -> link.getEspace().getId() == espaceId);
    }

    private boolean actsForMe(Connection connection) {
        List<Long> mine = espaces.myMemberships().stream().map(EspaceMembership::getEspace).map(e -> e.getId()).toList();
        return register.espacesOf(connection.getClient().getId()).stream()
                .anyMatch(link -> mine.contains(link.getEspace().getId()));
    }

    private NotFoundException refused(String what, long id, long espaceId) {
        audit.recordRefusal(caller(), AuditAction.ACCESS_DENIED, what, id,
                "not of a client that eSpace " + espaceId + " acts for");
        return new NotFoundException(what, id);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
