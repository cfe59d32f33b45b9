package lu.alarmis.partner.post;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import lu.alarmis.request.ClientNumberIssued;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.ConnectionStatusChanged;
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
        send(PostMessageType.CONNECTION_REQUEST_FILED, body, request);
        parked.applyWaitingFor(PostInboundService.orderKey(request.getPostOrderReference()));
    }

    void clientNumberIssued(@Observes ClientNumberIssued event) {
        ConnectionRequest request = requests.find(event.requestId()).orElseThrow();
        String body = PostMessageWriter.start(PostMessageType.CLIENT_NUMBER_ASSIGNED)
                .element("requestReference", reference(request))
                .element("orderReference", request.getPostOrderReference())
                .element("clientNumber", request.getClientNumber())
                .element("lineId", request.getPostLineId())
                .element("assignedAt", request.getDecidedAt())
                .finish();
        send(PostMessageType.CLIENT_NUMBER_ASSIGNED, body, request);
        parked.applyWaitingFor(PostInboundService.clientKey(request.getClientNumber()));
    }

    void connectionStatusChanged(@Observes ConnectionStatusChanged event) {
        ConnectionRequest request = requests.find(event.requestId()).orElseThrow();
        PostMessageType type = switch (event.status()) {
            case SUSPENDED -> PostMessageType.CONNECTION_SUSPENDED;
            case ACTIVE -> PostMessageType.CONNECTION_REINSTATED;
            case ENDED -> PostMessageType.CONNECTION_ENDED;
        };
        String body = PostMessageWriter.start(type)
                .element("clientNumber", request.getClientNumber())
                .element("effectiveAt", event.at())
                .element("reason", event.reason())
                .finish();
        send(type, body, request);
    }

    private void send(PostMessageType type, String body, ConnectionRequest request) {
        try {
            schema.check(type, body); // nothing leaves that breaks our own published contract
        } catch (PostMessageRefusedException ours) {
            // A defect of ours, not a rule the user broke: the whole change rolls back, nothing half-done.
            throw new IllegalStateException("our own " + type + " breaks the POST schema: " + ours.reason(), ours);
        }
        outbox.send(type, body, null, request.getId());
    }

    static String reference(ConnectionRequest request) {
        return "R-" + request.getId();
    }
}
