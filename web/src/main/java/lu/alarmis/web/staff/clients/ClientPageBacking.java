package lu.alarmis.web.staff.clients;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.client.Client;
import lu.alarmis.client.ClientEspace;
import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.client.ConnectionEvent;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.partner.post.PartnerMessage;
import lu.alarmis.partner.post.PartnerTrafficService;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.RequestReviewService;
import lu.alarmis.web.AddressForm;
import lu.alarmis.web.Pages;
import lu.alarmis.web.security.SignedInPerson;

/**
 * /staff/clients/view.xhtml?id=…: a client of the register: its organisation and registered postal
 * address, its connections with their history, the business eSpaces that act for it, the requests
 * that led to its connections and the partner messages about them. Supervisors confirm the address
 * and suspend, reinstate or end a connection, each with a reason; each action carries the version
 * that was shown.
 */
@Named("clientPage")
@ViewScoped
public class ClientPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientRegister register;

    @EJB
    private RequestReviewService requests;

    @EJB
    private PartnerTrafficService traffic;

    @Inject
    private SignedInPerson person;

    private Long id;
    private Client client;
    private List<Connection> connections;
    private Map<Long, List<ConnectionEvent>> histories;
    private List<ClientEspace> espaces;
    private List<ConnectionRequest> clientRequests;
    private List<PartnerMessage> messages;

    private AddressForm address;
    /** The reason typed for each connection's state change, by connection id. */
    private final Map<Long, String> reasons = new HashMap<>();

    /** f:viewAction */
    public void load() {
        try {
            reload();
        } catch (NotFoundException notVisible) {
            Pages.notFound();
        }
    }

    private void reload() {
        client = register.client(id == null ? -1 : id);
        connections = register.connectionsOf(client.getId());
        histories = register.historiesOfClient(client.getId());
        espaces = register.espacesOf(client.getId());
        clientRequests = requests.requestsOfClient(client.getId());
        messages = traffic.aboutConnections(connections.stream().map(Connection::getId).toList());
        if (address == null) {
            address = AddressForm.of(client.getPostalAddress());
        }
    }

    public void confirmAddress() {
        act(() -> register.confirmPostalAddress(id, client.getVersion(), address.toAddress()),
                "register.addressConfirmed");
    }

    public void suspend(Connection connection) {
        act(() -> register.suspend(connection.getId(), connection.getVersion(), reasons.get(connection.getId())),
                "connection.suspended");
    }

    public void reinstate(Connection connection) {
        act(() -> register.reinstate(connection.getId(), connection.getVersion(), reasons.get(connection.getId())),
                "connection.reinstated");
    }

    public void end(Connection connection) {
        act(() -> register.end(connection.getId(), connection.getVersion(), reasons.get(connection.getId())),
                "connection.ended");
    }

    private void act(Runnable action, String doneKey) {
        Pages.act(action, doneKey, "/staff/clients/view.xhtml?id=" + id, this::reload);
    }

    public boolean isSupervisor() {
        return person.isSupervisor();
    }

    /** Supervisors change a connection's state until it has ended. */
    public boolean isChangeable(Connection connection) {
        return isSupervisor() && connection.getState() != ConnectionState.ENDED;
    }

    public List<ConnectionEvent> historyOf(Connection connection) {
        return histories.getOrDefault(connection.getId(), List.of());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Client getClient() {
        return client;
    }

    public List<Connection> getConnections() {
        return connections;
    }

    public List<ClientEspace> getEspaces() {
        return espaces;
    }

    public List<ConnectionRequest> getRequests() {
        return clientRequests;
    }

    public List<PartnerMessage> getMessages() {
        return messages;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    /** The postal address as the supervisor confirms it. */
    public AddressForm getAddress() {
        return address;
    }
}
