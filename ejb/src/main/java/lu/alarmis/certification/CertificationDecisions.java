package lu.alarmis.certification;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.client.ClientEspaces;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.decision.DecisionSubject;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.Measure;
import lu.alarmis.decision.SubjectKind;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.notification.NotificationSubject;

/**
 * Certifications as the subjects of intended decisions: revoking one (the eSpace no longer acts
 * for the client, e.g. the business was sold). Each step is a line of the request's history; the
 * revocation unlinks the eSpace from the client, which takes the client's connections from it.
 */
@ApplicationScoped
public class CertificationDecisions implements DecisionSubject {

    @Inject
    private CertificationRepository certifications;

    @Inject
    private CertificationHistory history;

    @Inject
    private ClientEspaces clientEspaces;

    @EJB
    private NotificationService notifications;

    @Override
    public SubjectKind kind() {
        return SubjectKind.CERTIFICATION;
    }

    @Override
    public String referenceFor(long requestId, Measure measure) {
        if (measure != Measure.REVOKE_CERTIFICATION) {
            throw new IllegalArgumentException(measure + " does not concern a certification");
        }
        CertificationRequest request = request(requestId);
        if (request.getState() != CertificationState.CERTIFIED) {
            throw new BusinessException("certification.notCertified", request.getReference() + " is " + request.getState());
        }
        return request.getReference();
    }

    @Override
    public boolean isActedForBy(long requestId, long espaceId) {
        return certifications.find(requestId).map(r -> r.getEspace().getId() == espaceId).orElse(false);
    }

    @Override
    public List<BusinessEspace> espacesToTell(long requestId) {
        return List.of(request(requestId).getEspace());
    }

    @Override
    public NotificationSubject notificationSubject(long requestId) {
        return NotificationSubject.certification(requestId, request(requestId).getReference());
    }

    @Override
    public void record(IntendedDecision decision, Step step, String actor, Instant at) {
        CertificationRequest request = request(decision.getSubjectId());
        switch (step) {
            case ANNOUNCED -> history.record(request, CertificationEventKind.REVOCATION_INTENDED, actor,
                    decision.getReasons(), at);
            case ANSWERED -> history.record(request, CertificationEventKind.REVOCATION_ANSWERED, actor,
                    decision.getAnswer(), at);
            case DROPPED -> history.record(request, CertificationEventKind.REVOCATION_DROPPED, actor,
                    decision.getDecisionReasons(), at);
            default -> throw new IllegalArgumentException(step.toString());
        }
    }

    @Override
    public void carryOut(IntendedDecision decision, String actor, Instant at) {
        CertificationRequest request = request(decision.getSubjectId());
        certifications.change(request, request.getVersion(), request.getVersion(), request.getId(), CertificationRequest::revoke);
        clientEspaces.unlink(request.getClient(), request.getEspace().getId(), actor, request.getReference() + " revoked");
        history.record(request, CertificationEventKind.REVOKED, actor, decision.getDecisionReasons(), at);
        notifications.notify(request.getEspace(), notificationSubject(request.getId()), NotificationKind.CERTIFICATION_REVOKED,
                decision.getDecisionReasons());
    }

    private CertificationRequest request(long requestId) {
        return certifications.find(requestId).orElseThrow(() -> new NotFoundException("certification request", requestId));
    }
}
