package lu.alarmis.request;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.security.Roles;

/**
 * POST Luxembourg's answers, as they move requests on: the order confirmed (to review) or
 * rejected (back to the applicant), and the line's life (active, tested, ended) on the timeline.
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
            request.postConfirmed(lineId, Instant.now());
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
            notifications.notify(request.getEspace(), request.getId(), NotificationKind.ORDER_REJECTED, reason);
        }
        return answer;
    }

    public PostAnswer lineActive(String clientNumber, String lineId, Instant since, String messageId) {
        return onTimeline(clientNumber, RequestEventKind.LINE_ACTIVE, "line " + lineId + " since " + since, messageId);
    }

    public PostAnswer transmissionTest(String clientNumber, Instant testedAt, String result, String details,
                                       String messageId) {
        return onTimeline(clientNumber, RequestEventKind.TRANSMISSION_TEST,
                result + " on " + testedAt + (details == null || details.isBlank() ? "" : ": " + details), messageId);
    }

    public PostAnswer lineEnded(String clientNumber, String lineId, Instant endedAt, String reason, String messageId) {
        return onTimeline(clientNumber, RequestEventKind.LINE_ENDED,
                "line " + lineId + " on " + endedAt + (reason == null || reason.isBlank() ? "" : ": " + reason), messageId);
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

    private PostAnswer onTimeline(String clientNumber, RequestEventKind kind, String note, String messageId) {
        return requests.standingByClientNumber(clientNumber)
                .map(request -> {
                    history.recordUnchanged(request, kind, ActorKind.POST, POST, note + " (message " + messageId + ")",
                            Instant.now());
                    return PostAnswer.applied(request.id(), note);
                })
                .orElseGet(() -> PostAnswer.waiting("client number " + clientNumber + " not issued yet"));
    }
}
