package lu.alarmis.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import lu.alarmis.common.SearchKey;

/**
 * Moves the connections that lived inside approved connection requests into the client register
 * (tables made by V17), without loss: one client per business eSpace that has an approved request
 * (its organisation as the eSpace gives it; the postal address on file but not confirmed, since
 * no member of the section confirmed it), one connection per approved request with its client
 * number, site, alarm types, POST's order, line and transmitter, when the line went active, its
 * state, and a history rebuilt from the request's timeline (approval, line messages, suspensions,
 * reinstatements, ending). Each request then refers to its connection.
 * <p>
 * In Java rather than SQL because the ids come from the register's sequences, whose syntax differs
 * between H2 and PostgreSQL. Written against the schema as V17 leaves it, not against the entities,
 * which will change after it.
 */
public class V18__MoveConnectionsIntoTheRegister extends BaseJavaMigration {

    static final String ACTOR = "migration V18";
    private static final Pattern TRANSMITTER = Pattern.compile("transmitter ([^ ,()]+)");
    private static final Pattern LINE_SINCE = Pattern.compile("line ([^ ]+) since ([0-9T:.Z-]+)");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        Sequences sequences = new Sequences(db);
        keepTransmitters(db);
        Map<Long, Long> clientOfEspace = new HashMap<>();
        for (Approved request : approvedRequests(db)) {
            Long clientId = clientOfEspace.get(request.espaceId);
            if (clientId == null) {
                clientId = insertClient(db, sequences, request);
                clientOfEspace.put(request.espaceId, clientId);
            }
            long connectionId = insertConnection(db, sequences, clientId, request);
            Timestamp lineEnded = insertHistory(db, sequences, connectionId, request);
            if (lineEnded != null) { // POST ended the line before the register existed: the connection has ended
                try (PreparedStatement end = db.prepareStatement(
                        "UPDATE client_connection SET state = 'ENDED', state_since = ? WHERE id = ?")) {
                    end.setTimestamp(1, lineEnded);
                    end.setLong(2, connectionId);
                    end.executeUpdate();
                }
            }
            try (PreparedStatement link = db.prepareStatement("UPDATE connection_request SET connection_id = ? WHERE id = ?")) {
                link.setLong(1, connectionId);
                link.setLong(2, request.id);
                link.executeUpdate();
            }
        }
    }

    /** An approved request as V17 finds it. */
    private record Approved(long id, long espaceId, String clientNumber, String street, String houseNumber,
                            String postcode, String locality, boolean passive, boolean active, String orderReference,
                            String lineId, String status, Timestamp statusSince, Timestamp decidedAt, String decidedBy) {
    }

    private static List<Approved> approvedRequests(Connection db) throws SQLException {
        List<Approved> found = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT r.id, r.espace_id, r.client_number, r.site_street,"
                     + " r.site_house_number, r.site_postcode, r.site_locality, r.passive_alarm, r.active_alarm,"
                     + " r.post_order_reference, r.post_line_id, r.connection_status, r.connection_status_since,"
                     + " r.decided_at, a.email"
                     + " FROM connection_request r LEFT JOIN account a ON a.id = r.decided_by"
                     + " WHERE r.state = 'APPROVED' ORDER BY r.espace_id, r.decided_at, r.id")) {
            while (rows.next()) {
                found.add(new Approved(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7), rows.getBoolean(8), rows.getBoolean(9),
                        rows.getString(10), rows.getString(11), rows.getString(12), rows.getTimestamp(13),
                        rows.getTimestamp(14), rows.getString(15)));
            }
        }
        return found;
    }

    private static long insertClient(Connection db, Sequences sequences, Approved request) throws SQLException {
        long id = sequences.next("client_seq");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO client (id, version, name, name_key, legal_form,"
                + " trade_register_number, correspondence_language, postal_street, postal_house_number, postal_postcode,"
                + " postal_locality, origin, created_at)"
                + " SELECT ?, 0, e.organisation_name, ?, e.legal_form, e.trade_register_number, 'FR', e.street,"
                + " e.house_number, e.postcode, e.locality, 'REQUEST', ? FROM business_espace e WHERE e.id = ?");
             PreparedStatement name = db.prepareStatement("SELECT organisation_name FROM business_espace WHERE id = ?")) {
            name.setLong(1, request.espaceId);
            String organisation;
            try (ResultSet row = name.executeQuery()) {
                row.next();
                organisation = row.getString(1);
            }
            insert.setLong(1, id);
            insert.setString(2, SearchKey.of(organisation));
            insert.setTimestamp(3, request.decidedAt);
            insert.setLong(4, request.espaceId);
            insert.executeUpdate();
        }
        try (PreparedStatement link = db.prepareStatement("INSERT INTO client_espace (id, client_id, espace_id, linked_by,"
                + " linked_at) VALUES (?, ?, ?, ?, ?)")) {
            link.setLong(1, sequences.next("client_espace_seq"));
            link.setLong(2, id);
            link.setLong(3, request.espaceId);
            link.setString(4, ACTOR);
            link.setTimestamp(5, request.decidedAt);
            link.executeUpdate();
        }
        return id;
    }

    private static long insertConnection(Connection db, Sequences sequences, long clientId, Approved request)
            throws SQLException {
        long id = sequences.next("client_connection_seq");
        List<Event> timeline = timeline(db, request.id);
        String transmitter = null;
        Timestamp lineActiveSince = null;
        String lineId = request.lineId;
        for (Event event : timeline) {
            if (event.kind.equals("POST_CONFIRMED") && event.note != null) {
                Matcher matcher = TRANSMITTER.matcher(event.note);
                transmitter = matcher.find() ? matcher.group(1) : transmitter;
            }
            if (event.kind.equals("LINE_ACTIVE")) {
                lineActiveSince = event.at;
                Matcher matcher = event.note == null ? null : LINE_SINCE.matcher(event.note);
                if (matcher != null && matcher.find()) {
                    lineId = matcher.group(1);
                    lineActiveSince = instantOr(matcher.group(2), event.at);
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO client_connection (id, version, client_id,"
                + " client_number, site_street, site_house_number, site_postcode, site_locality, site_locality_key,"
                + " passive_alarm, active_alarm, post_order_reference, post_line_id, transmitter_id, line_active_since,"
                + " state, state_since, origin, origin_reference, created_at)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUEST', ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, clientId);
            insert.setString(3, request.clientNumber);
            insert.setString(4, request.street);
            insert.setString(5, request.houseNumber);
            insert.setString(6, request.postcode);
            insert.setString(7, request.locality);
            insert.setString(8, SearchKey.of(request.locality));
            insert.setBoolean(9, request.passive);
            insert.setBoolean(10, request.active);
            insert.setString(11, request.orderReference);
            insert.setString(12, lineId);
            insert.setString(13, transmitter);
            insert.setTimestamp(14, lineActiveSince);
            insert.setString(15, request.status == null ? "ACTIVE" : request.status);
            insert.setTimestamp(16, request.statusSince == null ? request.decidedAt : request.statusSince);
            insert.setString(17, "R-" + request.id);
            insert.setTimestamp(18, request.decidedAt);
            insert.executeUpdate();
        }
        return id;
    }

    /** A line of the request's timeline that belongs to its connection. */
    private record Event(String kind, String actorKind, String actor, Timestamp at, String note) {
    }

    private static List<Event> timeline(Connection db, long requestId) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT kind, actor_kind, actor, occurred_at, note"
                + " FROM request_event WHERE request_id = ? AND kind IN ('POST_CONFIRMED', 'APPROVED', 'LINE_ACTIVE',"
                + " 'TRANSMISSION_TEST', 'LINE_ENDED', 'CONNECTION_SUSPENDED', 'CONNECTION_REINSTATED', 'CONNECTION_ENDED')"
                + " ORDER BY occurred_at, id")) {
            query.setLong(1, requestId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new Event(rows.getString(1), rows.getString(2), rows.getString(3), rows.getTimestamp(4),
                            rows.getString(5)));
                }
            }
        }
        return events;
    }

    /**
     * The connection's history, replayed from the request's timeline with the connection's states.
     * Until now POST's {@code LINE_ENDED} only added a line: it ends the connection here, as it does
     * from now on. @return when POST ended the line, if that ended the connection; {@code null} otherwise
     */
    private static Timestamp insertHistory(Connection db, Sequences sequences, long connectionId, Approved request)
            throws SQLException {
        String state = "ACTIVE";
        boolean connected = false;
        Timestamp lineEnded = null;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO connection_event (id, connection_id, occurred_at,"
                + " kind, actor_kind, actor, from_state, to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event event : timeline(db, request.id)) {
                String kind;
                String from = state;
                switch (event.kind) {
                    case "APPROVED" -> {
                        kind = "CONNECTED";
                        from = null;
                        connected = true;
                    }
                    case "LINE_ACTIVE", "TRANSMISSION_TEST" -> kind = event.kind;
                    case "LINE_ENDED" -> {
                        kind = event.kind;
                        if (!state.equals("ENDED")) {
                            state = "ENDED";
                            lineEnded = event.at;
                        }
                    }
                    case "CONNECTION_SUSPENDED" -> {
                        kind = "SUSPENDED";
                        state = "SUSPENDED";
                    }
                    case "CONNECTION_REINSTATED" -> {
                        kind = "REINSTATED";
                        state = "ACTIVE";
                    }
                    case "CONNECTION_ENDED" -> {
                        kind = "ENDED";
                        state = "ENDED";
                        lineEnded = null;
                    }
                    default -> {
                        continue; // POST_CONFIRMED: read for the transmitter only
                    }
                }
                insert.setLong(1, sequences.next("connection_event_seq"));
                insert.setLong(2, connectionId);
                insert.setTimestamp(3, event.at);
                insert.setString(4, kind);
                insert.setString(5, event.actorKind.equals("APPLICANT") ? "CLIENT" : event.actorKind);
                insert.setString(6, event.actor);
                insert.setString(7, from);
                insert.setString(8, state);
                insert.setString(9, event.note);
                insert.addBatch();
            }
            if (!connected) { // an approval without its timeline line (never written by this service, but kept safe)
                insert.setLong(1, sequences.next("connection_event_seq"));
                insert.setLong(2, connectionId);
                insert.setTimestamp(3, request.decidedAt);
                insert.setString(4, "CONNECTED");
                insert.setString(5, "PGD");
                insert.setString(6, request.decidedBy == null ? ACTOR : request.decidedBy);
                insert.setString(7, null);
                insert.setString(8, "ACTIVE");
                insert.setString(9, request.clientNumber);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return lineEnded;
    }

    /**
     * POST's transmitter came with its confirmation of the order and was kept only in that line of
     * the timeline: every request keeps it now (V17's column), so that one approved later has it.
     */
    private static void keepTransmitters(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT request_id, note FROM request_event"
                     + " WHERE kind = 'POST_CONFIRMED' AND note IS NOT NULL ORDER BY request_id, occurred_at, id");
             PreparedStatement update = db.prepareStatement(
                     "UPDATE connection_request SET post_transmitter_id = ? WHERE id = ?")) {
            while (rows.next()) { // a later confirmation (a corrected order) overwrites an earlier one
                Matcher matcher = TRANSMITTER.matcher(rows.getString(2));
                if (matcher.find()) {
                    update.setString(1, matcher.group(1));
                    update.setLong(2, rows.getLong(1));
                    update.executeUpdate();
                }
            }
        }
    }

    private static Timestamp instantOr(String text, Timestamp fallback) {
        try {
            return Timestamp.from(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** The next value of a sequence, in the database's own syntax. */
    private static final class Sequences {

        private final Connection db;
        private final boolean postgres;

        Sequences(Connection db) throws SQLException {
            this.db = db;
            this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }

        long next(String sequence) throws SQLException {
            String sql = postgres ? "SELECT nextval('" + sequence + "')" : "VALUES NEXT VALUE FOR " + sequence;
            try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
