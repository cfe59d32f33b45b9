package lu.alarmis.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import lu.alarmis.client.LegacyEntryOutcome.Outcome;
import lu.alarmis.client.LegacyEntryOutcome.Remark;
import lu.alarmis.common.SearchKey;
import lu.alarmis.security.Roles;

/**
 * Puts entries of the legacy register into the client register, a chunk of them at a time in the
 * import's transaction, so that what a chunk did and its ledger commit together. An entry is a
 * connection keyed by its client number:
 * <ul>
 * <li>a number the register lacks becomes a connection, of the client with the same trade-register
 * number (or, without one, the legacy client of the same name and postal address), or of a new client;</li>
 * <li>a number the register has from the legacy register takes what a later file changed, each
 * change a line of the connection's history with the file as its actor, unless someone acted on
 * the connection in this service since: then the register keeps its own and the report says so;</li>
 * <li>a number this service issued is not the legacy register's to change.</li>
 * </ul>
 * The same file twice changes nothing the second time.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class LegacyEntries {

    @Inject
    private ClientRepository register;

    @Inject
    private ConnectionHistory history;

    /**
     * @param entries  lines of one file, each client number at most once (the import sees to that)
     * @param fileName the file, the actor of the connections' history
     * @return what became of each entry, in the entries' order
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<LegacyEntryOutcome> apply(List<LegacyEntry> entries, String fileName) {
        Instant now = Instant.now();
        Map<String, Connection> known = register.connectionsNumbered(
                        entries.stream().map(LegacyEntry::clientNumber).toList()).stream()
                .collect(Collectors.toMap(Connection::getClientNumber, Function.identity()));
        Set<Long> actedOn = register.actedOnInThisService(known.values().stream().map(Connection::getId).toList());
        Clients clients = new Clients(entries);
        List<LegacyEntryOutcome> outcomes = new ArrayList<>(entries.size());
        for (LegacyEntry entry : entries) {
            Connection connection = known.get(entry.clientNumber());
            if (connection == null) {
                outcomes.add(create(entry, clients, fileName, now));
            } else if (connection.getOrigin() != RegisterOrigin.LEGACY) {
                outcomes.add(new LegacyEntryOutcome(entry.lineNumber(), Outcome.REJECTED, null, Remark.ISSUED_HERE,
                        connection.getOriginReference()));
            } else {
                outcomes.add(update(connection, entry, actedOn.contains(connection.getId()), fileName, now));
            }
        }
        return outcomes;
    }

    /**
     * Moves the client-number sequence past every number the legacy register issued, whatever its
     * year, so that the sequence never gives one of them again (and approvals do not draw past them
     * one by one). In a transaction of its own: on H2 a sequence's restart is a statement that commits.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long raiseClientNumberFloor() {
        return register.raiseClientNumberFloor();
    }

    private LegacyEntryOutcome create(LegacyEntry entry, Clients clients, String fileName, Instant now) {
        Client client = clients.of(entry);
        if (client == null) {
            client = Client.legacy(entry, now);
            register.add(client);
            clients.add(client);
        }
        Connection connection = Connection.legacy(client, entry, fileName + ", line " + entry.lineNumber(), now);
        register.add(connection);
        history.recordImport(connection, ConnectionEventKind.IMPORTED, fileName, null,
                "line " + entry.lineNumber() + ", connected on " + entry.connectedOn(), now);
        return addressRemark(client, entry, Outcome.CREATED, connection.getId());
    }

    private LegacyEntryOutcome update(Connection connection, LegacyEntry entry, boolean actedOnHere, String fileName,
                                      Instant now) {
        Client client = connection.getClient();
        List<String> differences = new ArrayList<>(client.differencesFrom(entry));
        differences.addAll(connection.differencesFrom(entry));
        if (differences.isEmpty()) {
            return addressRemark(client, entry, Outcome.UNCHANGED, connection.getId());
        }
        if (actedOnHere) {
            return new LegacyEntryOutcome(entry.lineNumber(), Outcome.KEPT, connection.getId(), Remark.CHANGED_HERE,
                    String.join("; ", differences));
        }
        ConnectionState from = connection.getState();
        client.takeOver(entry);
        connection.takeOver(entry, now);
        history.recordImport(connection, ConnectionEventKind.IMPORT_UPDATED, fileName, from,
                "line " + entry.lineNumber() + ": " + String.join("; ", differences), now);
        return addressRemark(client, entry, Outcome.UPDATED, connection.getId());
    }

    private static LegacyEntryOutcome addressRemark(Client client, LegacyEntry entry, Outcome outcome, long connectionId) {
        return client.confirmedAddressDiffersFrom(entry)
                ? new LegacyEntryOutcome(entry.lineNumber(), outcome, connectionId, Remark.ADDRESS_CONFIRMED,
                        entry.postalAddress().oneLine())
                : new LegacyEntryOutcome(entry.lineNumber(), outcome, connectionId, null, null);
    }

    /** The clients a chunk's new connections may belong to, read in two queries, and those the chunk creates. */
    private final class Clients {

        private final Map<String, Client> byTradeRegister = new HashMap<>();
        private final Map<String, Client> byNameAndAddress = new HashMap<>();

        Clients(List<LegacyEntry> entries) {
            List<String> numbers = entries.stream().map(e -> Client.normaliseTradeRegisterNumber(e.tradeRegisterNumber()))
                    .filter(Objects::nonNull).distinct().toList();
            List<String> names = entries.stream().filter(e -> e.tradeRegisterNumber() == null)
                    .map(e -> SearchKey.of(e.name())).distinct().toList();
            register.withTradeRegisterNumbers(numbers).forEach(this::add);
            register.legacyClientsNamed(names).forEach(this::add);
        }

        Client of(LegacyEntry entry) {
            String number = Client.normaliseTradeRegisterNumber(entry.tradeRegisterNumber());
            return number != null ? byTradeRegister.get(number)
                    : byNameAndAddress.get(nameAndAddress(SearchKey.of(entry.name()), entry.postalAddress()));
        }

        void add(Client client) {
            if (client.getTradeRegisterNumber() != null) {
                byTradeRegister.putIfAbsent(client.getTradeRegisterNumber(), client);
            } else if (client.getOrigin() == RegisterOrigin.LEGACY) {
                byNameAndAddress.putIfAbsent(nameAndAddress(client.getNameKey(), client.getPostalAddress()), client);
            }
        }

        /** Without a trade-register number, the same name at the same registered address is the same organisation (two communes' offices of one name are not). */
        private static String nameAndAddress(String nameKey, Address postal) {
            return nameKey + "|" + (postal == null ? "" : postal.oneLine());
        }
    }
}
