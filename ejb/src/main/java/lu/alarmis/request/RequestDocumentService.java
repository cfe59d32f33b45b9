package lu.alarmis.request;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.account.EspaceService;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.document.DocumentDownload;
import lu.alarmis.security.Roles;

/**
 * Downloads of request documents: for the CIN's staff, and for the members of the request's
 * eSpace. Anyone else gets "not found", and the attempt is recorded.
 */
@Stateless
@RolesAllowed({Roles.APPLICANT, Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR})
public class RequestDocumentService {

    @Inject
    private RequestRepository requests;

    @EJB
    private EspaceService espaces;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    public DocumentDownload download(long documentId) {
        String caller = context.getCallerPrincipal().getName();
        RequestDocument document = requests.findDocument(documentId)
                .filter(d -> d.getRequest().getState() != RequestState.DRAFT || !isStaff())
                .filter(d -> isStaff() || isMemberOf(d.getRequest().getEspace().getId()))
                .orElseThrow(() -> {
                    audit.recordRefusal(caller, AuditAction.ACCESS_DENIED, "document", documentId,
                            "not visible to the caller");
                    return new NotFoundException("document", documentId);
                });
        audit.record(caller, AuditAction.DOCUMENT_DOWNLOADED, "request", document.getRequest().getId(),
                document.getFileName());
        return document.download();
    }

    private boolean isStaff() {
        return context.isCallerInRole(Roles.CIN_OPERATOR) || context.isCallerInRole(Roles.CIN_SUPERVISOR);
    }

    private boolean isMemberOf(long espaceId) {
        return context.isCallerInRole(Roles.APPLICANT) && espaces.myMemberships().stream()
                .anyMatch(m -> m.getEspace().getId().equals(espaceId));
    }
}
