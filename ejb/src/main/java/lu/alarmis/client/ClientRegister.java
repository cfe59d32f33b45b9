package lu.alarmis.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import lu.alarmis.account.Account;
import lu.alarmis.account.AccountRepository;
import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.EspaceService;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.common.Text;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.security.Roles;

/**
 * The client register: what an approval puts into it, what staff read and change in it, and what
 * a business eSpace may see of the clients it acts for. Every change is a line of the
 * connection's history and of the audit trail; every change to a connection's state is told to
 * the client's eSpaces and to POST.
 */
@Stateless
@RolesAllowed({Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR})
public class ClientRegister {

    /** Client numbers drawn until one is free: the legacy register's numbers are never issued again. */
    private static final int MAX_DRAWS = 1000;

    @Inject
    private ClientRepository register;

    @Inject
    private ConnectionHistory history;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @EJB
    private EspaceService espaces;

    @Inject
    private ConnectionStates states;

    @Inject
    private ClientEspaces clientEspaces;

    /** Observed by the POST link, in this transaction. */
    @Inject
    private Event<ClientNumberIssued> issuedNumbers;

    @Resource
    private SessionContext context;

    // ---- approval -------------------------------------------------------------------------------

    /**
     * Puts an approved request's connection into the register, in the approval's transaction: the
     * client (the existing one the supervisor chose, or a new one), its postal address as the
     * supervisor confirmed it, the filing eSpace linked to it, and the connection with a client
     * number that was never issued before.
     */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Connection connect(NewConnection order) {
        String actor = order.actor();
        Instant now = Instant.now();
        if (order.postalAddress() == null || !order.postalAddress().isComplete()) {
            throw new BusinessException("client.addressIncomplete", "postal address incomplete: " + order.postalAddress());
        }
        Client client;
        if (order.existingClientId() != null) {
            client = register.find(order.existingClientId())
                    .orElseThrow(() -> new NotFoundException("client", order.existingClientId()));
            // Only a client with the eSpace's own trade-register number: linking the eSpace to another
            // would show its members that client's connections.
            String number = Client.normaliseTradeRegisterNumber(order.tradeRegisterNumber());
            if (number == null || !number.equals(client.getTradeRegisterNumber())) {
                throw new BusinessException("client.notSameOrganisation", "client " + client.getId()
                        + " has trade-register number " + client.getTradeRegisterNumber() + ", the eSpace " + number);
            }
        } else {
            client = new Client(order.organisationName(), order.legalForm(), order.tradeRegisterNumber(),
                    order.correspondenceLanguage(), order.postalAddress(), RegisterOrigin.REQUEST, now);
            register.add(client);
            audit.record(actor, AuditAction.CLIENT_CREATED, "client", client.getId(),
                    client.getName() + " · " + order.originReference());
        }
        // A new client's address is the one the supervisor confirmed now. An existing client keeps its
        // confirmed address (it is changed on the client's page, where its other connections show):
        // only one that nobody confirmed yet takes the address the supervisor confirmed now.
        if (!client.isAddressConfirmed()) {
            client.confirmPostalAddress(order.postalAddress(), actor, now);
            audit.record(actor, AuditAction.CLIENT_ADDRESS_CONFIRMED, "client", client.getId(),
                    order.postalAddress().oneLine());
        }
        link(client, order.espace(), actor, now);
        Connection connection = new Connection(client, freeClientNumber(now), order.site(), order.passiveAlarm(),
                order.activeAlarm(), order.postOrderReference(), order.postLineId(), order.transmitterId(),
                RegisterOrigin.REQUEST, order.originReference(), now);
        register.add(connection);
        history.record(connection, ConnectionEventKind.CONNECTED, RegisterActor.PGD, actor, null,
                order.originReference(), now);
        issuedNumbers.fire(new ClientNumberIssued(connection.getId(), connection.getClientNumber(),
                connection.getPostOrderReference(), connection.getPostLineId(), order.originReference(), now));
        return connection;
    }

    private void link(Client client, BusinessEspace espace, String by, Instant now) {
        clientEspaces.link(client, espace, by, now);
    }

    /** The next number the sequence gives, with this year, that no connection holds (one the legacy register issued is skipped). */
    private ClientNumber freeClientNumber(Instant now) {
        int year = now.atZone(Luxembourg.ZONE).getYear();
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            ClientNumber number = ClientNumber.of(year, register.nextClientNumberSequence());
            if (!register.isIssued(number.value())) {
                return number;
            }
        }
        throw new IllegalStateException(MAX_DRAWS + " client numbers in a row were taken: the sequence is behind the register");
    }

    // ---- staff: reading ---------------------------------------------------------------------------

    public List<RegisterRow> search(RegisterFilter filter, int first, int pageSize) {
        return register.search(filter, Math.max(first, 0), Math.min(Math.max(pageSize, 1), 100));
    }

    /** How many connections match, up to {@link ClientRepository#COUNT_CAP}; more is "more than". */
    public long count(RegisterFilter filter) {
        return register.count(filter);
    }

    public Client client(long clientId) {
        return register.find(clientId).orElseThrow(() -> new NotFoundException("client", clientId));
    }

    public List<Connection> connectionsOf(long clientId) {
        client(clientId);
        return register.connectionsOf(clientId);
    }

    public List<ClientEspace> espacesOf(long clientId) {
        client(clientId);
        return register.espacesOf(clientId);
    }

    public Connection connection(long connectionId) {
        return register.findConnection(connectionId).orElseThrow(() -> new NotFoundException("connection", connectionId));
    }

    /** The whole history, the section's own lines included. */
    public List<ConnectionEvent> history(long connectionId) {
        connection(connectionId);
        return register.history(connectionId);
    }

    /** The whole history of each of the client's connections, by connection id, in one query. */
    public Map<Long, List<ConnectionEvent>> historiesOfClient(long clientId) {
        client(clientId);
        Map<Long, List<ConnectionEvent>> histories = new HashMap<>();
        register.historiesOfClient(clientId)
                .forEach(event -> histories.computeIfAbsent(event.getConnectionId(), id -> new ArrayList<>()).add(event));
        return histories;
    }

    /** The clients with that trade-register number, for a supervisor linking a request to one of them. */
    public List<Client> withTradeRegisterNumber(String tradeRegisterNumber) {
        return register.withTradeRegisterNumber(tradeRegisterNumber);
    }

    // ---- staff: changing --------------------------------------------------------------------------

    /** A supervisor confirms (or corrects) where the client's letters go. */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public Client confirmPostalAddress(long clientId, long version, Address address) {
        Account me = caller();
        Client client = client(clientId);
        register.change(client, client.getVersion(), version, clientId,
                c -> c.confirmPostalAddress(address, me.getEmail(), Instant.now()));
        audit.record(me.getEmail(), AuditAction.CLIENT_ADDRESS_CONFIRMED, "client", clientId, address.oneLine());
        return client;
    }

    /**
     * A supervisor lifts a suspension, with the reason the client and POST read. (Suspending and
     * ending on the police's own initiative are intended decisions: {@link ConnectionDecisions}.)
     */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public Connection reinstate(long connectionId, long version, String reason) {
        if (Text.blank(reason)) {
            throw new BusinessException("request.reasonRequired", "a reason is required");
        }
        return states.change(connection(connectionId), version, Connection::reinstate, ConnectionEventKind.REINSTATED,
                NotificationKind.CONNECTION_REINSTATED, caller().getEmail(), reason.strip(), Instant.now());
    }

    // ---- the client's own view --------------------------------------------------------------------

    /** The connections of the clients this eSpace acts for; the caller must be one of its members. */
    @RolesAllowed(Roles.APPLICANT)
    public List<Connection> connectionsOfMyEspace(long espaceId) {
        espaces.myMembership(espaceId);
        return register.connectionsOfEspace(espaceId);
    }

    /**
     * One connection of a client this eSpace acts for. Any other id, someone else's or none, is not
     * found, the same way, and the attempt is audited.
     */
    @RolesAllowed(Roles.APPLICANT)
    public Connection connectionOfMyEspace(long espaceId, long connectionId) {
        espaces.myMembership(espaceId);
        return register.findConnection(connectionId)
                .filter(c -> register.espacesOf(c.getClient().getId()).stream()
                        .anyMatch(link -> link.getEspace().getId() == espaceId))
                .orElseThrow(() -> {
                    audit.recordRefusal(caller().getEmail(), AuditAction.ACCESS_DENIED, "connection", connectionId,
                            "not a connection of a client that eSpace " + espaceId + " acts for");
                    return new NotFoundException("connection", connectionId);
                });
    }

    /** The history as the client reads it: without the section's own lines. */
    @RolesAllowed(Roles.APPLICANT)
    public List<ConnectionEvent> historyForMyEspace(long espaceId, long connectionId) {
        connectionOfMyEspace(espaceId, connectionId);
        return register.history(connectionId).stream().filter(e -> e.getKind().isShownToClient()).toList();
    }

    private Account caller() {
        return accounts.getSignedIn(context.getCallerPrincipal());
    }
}
