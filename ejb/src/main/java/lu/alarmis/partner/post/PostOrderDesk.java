package lu.alarmis.partner.post;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import lu.alarmis.client.ClientNumberIssued;
import lu.alarmis.client.ConnectionStateChanged;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.OrderCheckNeeded;
import lu.alarmis.request.RequestRepository;

/**
 * What POST Luxembourg must hear of our requests, put in the outbox by the transaction that decided it: the
 * order check when a request is filed (or its reference corrected), the client number when it is
 * issued, a connection suspended, reinstated or ended. Then any answer of POST that arrived early and was parked is applied.
 */
@ApplicationScoped
public class PostOrderDesk {

    @Inject
    private PostSchema schema;

    @Inject
    private RequestRepository requests;

    @Inject
    private PostOutbox outbox;

    @EJB
    private ParkedPostMessages parked;

    void orderCheckNeeded(@Observes OrderCheckNeeded event) {
        ConnectionRequest request = requests.find(event.requestId()).orElseThrow();
        String body = PostMessageWriter.start(PostMessageType.CONNECTION_REQUEST_FILED)
                .element("requestReference", reference(request))
                .element("orderReference", request.getPostOrderReference())
                .open("organisation")
                .element("name", request.getEspace().getOrganisationName())
                .element("tradeRegisterNumber", request.getEspace().getTradeRegisterNumber())
                .close()
                .open("site")
                .element("street", request.getSite().getStreet())
                .element("houseNumber", request.getSite().getHouseNumber())
                .element("postcode", request.getSite().getPostcode())
                .element("locality", request.getSite().getLocality())
                .close()
                .element("passiveAlarm", request.isPassiveAlarm())
                .element("activeAlarm", request.isActiveAlarm())
                .element("filedAt", request.getSubmittedAt())
                .finish();
        send(PostMessageType.CONNECTION_REQUEST_FILED, body, Concerning.request(request.getId()));
        parked.applyWaitingFor(PostInboundService.orderKey(request.getPostOrderReference()));
    }

    void clientNumberIssued(@Observes ClientNumberIssued event) {
        String body = PostMessageWriter.start(PostMessageType.CLIENT_NUMBER_ASSIGNED)
                .element("requestReference", event.originReference())
                .element("orderReference", event.postOrderReference())
                .element("clientNumber", event.clientNumber())
                .element("lineId", event.postLineId())
                .element("assignedAt", event.at())
                .finish();
        send(PostMessageType.CLIENT_NUMBER_ASSIGNED, body, Concerning.connection(event.connectionId()));
        parked.applyWaitingFor(PostInboundService.clientKey(event.clientNumber()));
    }

    void connectionStateChanged(@Observes ConnectionStateChanged event) {
        PostMessageType type = switch (event.state()) {
            case SUSPENDED -> PostMessageType.CONNECTION_SUSPENDED;
            case ACTIVE -> PostMessageType.CONNECTION_REINSTATED;
            case ENDED -> PostMessageType.CONNECTION_ENDED;
        };
        String body = PostMessageWriter.start(type)
                .element("clientNumber", event.clientNumber())
                .element("effectiveAt", event.at())
                .element("reason", event.reason())
                .finish();
        send(type, body, Concerning.connection(event.connectionId()));
    }

    private void send(PostMessageType type, String body, Concerning subject) {
        try {
            schema.check(type, body); // nothing leaves that breaks our own published contract
        } catch (PostMessageRefusedException ours) {
            // A defect of ours, not a rule the user broke: the whole change rolls back, nothing half-done.
            throw new IllegalStateException("our own " + type + " breaks the POST schema: " + ours.reason(), ours);
        }
        outbox.send(type, body, null, subject);
    }
    static String reference(ConnectionRequest request) {
        return request.getReference();
    }
}
