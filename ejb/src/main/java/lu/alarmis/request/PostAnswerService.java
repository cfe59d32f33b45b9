package lu.alarmis.request;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationSubject;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.security.Roles;

/**
 * POST Luxembourg's answers to the order check, as they move requests on: the order confirmed (to
 * review) or rejected (back to the applicant). Its messages about a client's line apply to the
 * connection in the register ({@code lu.alarmis.client.LineMessages}).
 * Only the identity that processes POST's messages may call it.
 */
@Stateless
@RolesAllowed(Roles.POST_INBOUND)
public class PostAnswerService {

    static final String POST = "POST Luxembourg";

    @Inject
    private RequestRepository requests;

    @Inject
    private RequestHistory history;

    @EJB
    private NotificationService notifications;

    public PostAnswer orderConfirmed(String orderReference, String lineId, String transmitterId, String messageId) {
        return answerOrder(orderReference, messageId, request -> {
            request.postConfirmed(lineId, transmitterId, Instant.now());
            return "line " + lineId + ", transmitter " + transmitterId;
        }, RequestEventKind.POST_CONFIRMED);
    }

    public PostAnswer orderRejected(String orderReference, String reasonCode, String reason, String messageId) {
        PostAnswer answer = answerOrder(orderReference, messageId, request -> {
            request.postRejected(Instant.now());
            return reasonCode + ": " + reason;
        }, RequestEventKind.POST_REJECTED);
        if (answer.outcome() == PostAnswer.Outcome.APPLIED) {
            ConnectionRequest request = requests.find(answer.requestId()).orElseThrow();
            notifications.notify(request.getEspace(), NotificationSubject.request(request.getId()), NotificationKind.ORDER_REJECTED, reason);
        }
        return answer;
    }

    private PostAnswer answerOrder(String orderReference, String messageId,
                                   java.util.function.Function<ConnectionRequest, String> apply, RequestEventKind kind) {
        List<ConnectionRequest> waiting = requests.inPostCheck(orderReference);
        if (waiting.isEmpty()) {
            return requests.latestSubmittedWithOrderReference(orderReference)
                    .map(r -> PostAnswer.notApplicable(r, "request " + r.getId() + " with order " + orderReference
                            + " is " + r.getState() + ", not waiting for POST"))
                    .orElseGet(() -> PostAnswer.waiting("no request with order " + orderReference + " waits for POST yet"));
        }
        ConnectionRequest request = waiting.get(0);
        RequestState from = request.getState();
        String note = apply.apply(request);
        history.record(request, kind, ActorKind.POST, POST, from, note + " (message " + messageId + ")", Instant.now());
        return PostAnswer.applied(request, note);
    }
}
