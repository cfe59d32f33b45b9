package lu.alarmis.certification;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.Text;
import lu.alarmis.security.CallerContext;

/** Writes a line of a certification request's history and of the audit trail, in the caller's transaction. */
@ApplicationScoped
class CertificationHistory {

    @Inject
    private CertificationRepository certifications;

    @Inject
    private AuditLog audit;

    @Inject
    private CallerContext callerContext;

    void record(CertificationRequest request, CertificationEventKind kind, String actor, String note, Instant at) {
        String text = Text.cut(note, CertificationEvent.NOTE_MAX);
        String source = callerContext.sourceAddress();
        certifications.add(new CertificationEvent(request, kind, actor, source, text, at));
        audit.record(actor, AuditAction.CERTIFICATION_EVENT, "certification", request.getReference(),
                kind + " " + request.getState() + (source == null ? "" : " from " + source)
                        + (text == null ? "" : " · " + text));
    }
}
