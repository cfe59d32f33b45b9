package lu.alarmis.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import lu.alarmis.infrastructure.persistence.FlywayMigrationIntegrator;
import lu.alarmis.it.support.DatabaseDependent;

/**
 * The migration into the client register (V17 to V19), on a database that holds today's data:
 * connections that are active (one with its line routed), suspended, ended by the police and ended
 * by POST (its line), two of them of the same eSpace, a request still in review whose order POST
 * confirmed, and a notification about a request. Runs the
 * application's own Flyway configuration on H2 (in memory) or, when ALARMIS_DB_URL names a
 * PostgreSQL database (CI's second pass), in a schema of its own there.
 */
@Tag(DatabaseDependent.TAG)
class RegisterMigrationIT {

    private final String schema = "migration_" + Long.toHexString(System.nanoTime());
    private final String url = System.getenv().getOrDefault("ALARMIS_DB_URL", "");
    private final boolean postgres = url.startsWith("jdbc:postgresql:");

    @AfterEach
    void dropTheSchema() throws SQLException {
        if (postgres) {
            try (Connection db = DriverManager.getConnection(url, user(), password()); Statement sql = db.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void approvedRequestsBecomeClientsAndConnectionsWithTheirStateAndHistoryAndRequestsReferToThem() throws SQLException {
        DataSource database = dataSource();
        configuration(database).target("16").load().migrate();
        try (Connection db = database.getConnection(); Statement sql = db.createStatement()) {
            todaysData(sql);
        }

        configuration(database).load().migrate();

        try (Connection db = database.getConnection(); Statement sql = db.createStatement()) {
            // one client per eSpace with an approved request, its address on file but not confirmed
            assertThat(rows(sql, "SELECT name, legal_form, trade_register_number, postal_street, postal_postcode,"
                    + " postal_locality, correspondence_language, origin, address_confirmed_at FROM client ORDER BY name"))
                    .containsExactly(
                            List.of("Bijouterie Weber", "SARL", "B200002", "Grand-Rue", "L-1660", "Luxembourg", "FR", "REQUEST", "null"),
                            List.of("Pharmacie Schmit", "SA", "B100001", "Rue de l'Alzette", "L-4010", "Esch-sur-Alzette", "FR", "REQUEST", "null"));
            assertThat(rows(sql, "SELECT k.name, l.espace_id, l.linked_by FROM client_espace l JOIN client k ON k.id = l.client_id"
                    + " ORDER BY l.espace_id"))
                    .containsExactly(List.of("Pharmacie Schmit", "10", "migration V18"), List.of("Bijouterie Weber", "20", "migration V18"));

            // one connection per approved request, in the state it had, with POST's line and transmitter
            assertThat(rows(sql, "SELECT c.client_number, k.name, c.site_street, c.site_locality_key, c.passive_alarm,"
                    + " c.active_alarm, c.post_order_reference, c.post_line_id, c.transmitter_id,"
                    + " CASE WHEN c.line_active_since IS NULL THEN 'waiting' ELSE 'routed' END, c.state, c.origin,"
                    + " c.origin_reference FROM client_connection c JOIN client k ON k.id = c.client_id ORDER BY c.client_number"))
                    .containsExactly(
                            List.of("AL-2026-000001-8", "Pharmacie Schmit", "Place de la Gare", "ESCH-SUR-ALZETTE", "true", "true",
                                    "ORD-1", "LINE-7", "TX-77", "routed", "ACTIVE", "REQUEST", "R-101"),
                            List.of("AL-2026-000002-6", "Pharmacie Schmit", "Rue du Brill", "ESCH-SUR-ALZETTE", "true", "false",
                                    "ORD-2", "LINE-8", "null", "waiting", "SUSPENDED", "REQUEST", "R-102"),
                            List.of("AL-2026-000003-4", "Bijouterie Weber", "Grand-Rue", "LUXEMBOURG", "false", "true",
                                    "ORD-3", "LINE-9", "null", "waiting", "ENDED", "REQUEST", "R-103"),
                            List.of("AL-2026-000005-0", "Bijouterie Weber", "Rue Philippe II", "LUXEMBOURG", "true", "false",
                                    "ORD-5", "LINE-11", "null", "waiting", "ENDED", "REQUEST", "R-105"));

            // each connection's history, replayed with the connection's states
            assertThat(rows(sql, "SELECT c.client_number, e.kind, e.actor_kind, e.from_state, e.to_state, e.note"
                    + " FROM connection_event e JOIN client_connection c ON c.id = e.connection_id"
                    + " ORDER BY c.client_number, e.occurred_at"))
                    .containsExactly(
                            List.of("AL-2026-000001-8", "CONNECTED", "PGD", "null", "ACTIVE", "AL-2026-000001-8"),
                            List.of("AL-2026-000001-8", "LINE_ACTIVE", "POST", "ACTIVE", "ACTIVE",
                                    "line LINE-7 since 2026-06-02T08:00:00Z (message m-1)"),
                            List.of("AL-2026-000002-6", "CONNECTED", "PGD", "null", "ACTIVE", "AL-2026-000002-6"),
                            List.of("AL-2026-000002-6", "SUSPENDED", "PGD", "ACTIVE", "SUSPENDED", "Servicing certificate overdue"),
                            List.of("AL-2026-000003-4", "CONNECTED", "PGD", "null", "ACTIVE", "AL-2026-000003-4"),
                            List.of("AL-2026-000003-4", "SUSPENDED", "PGD", "ACTIVE", "SUSPENDED", "No transmission test"),
                            List.of("AL-2026-000003-4", "ENDED", "PGD", "SUSPENDED", "ENDED", "Still no transmission test"),
                            List.of("AL-2026-000005-0", "CONNECTED", "PGD", "null", "ACTIVE", "AL-2026-000005-0"),
                            List.of("AL-2026-000005-0", "LINE_ENDED", "POST", "ACTIVE", "ENDED",
                                    "line LINE-11 on 2026-11-02T09:00:00Z: contract ended (message m-3)"));
            assertThat(rows(sql, "SELECT state_since FROM client_connection WHERE client_number = 'AL-2026-000005-0'"))
                    .as("ended when POST ended the line").singleElement().asString().contains("2026-11-02");

            // the requests refer to their connections; the one in review has none; the client number left the request
            assertThat(rows(sql, "SELECT r.id, r.state, c.client_number FROM connection_request r"
                    + " LEFT JOIN client_connection c ON c.id = r.connection_id ORDER BY r.id"))
                    .containsExactly(List.of("101", "APPROVED", "AL-2026-000001-8"), List.of("102", "APPROVED", "AL-2026-000002-6"),
                            List.of("103", "APPROVED", "AL-2026-000003-4"), List.of("104", "IN_REVIEW", "null"),
                            List.of("105", "APPROVED", "AL-2026-000005-0"));
            assertThat(rows(sql, "SELECT id, post_transmitter_id FROM connection_request WHERE id IN (101, 104) ORDER BY id"))
                    .as("POST's transmitter, kept with every request it confirmed")
                    .containsExactly(List.of("101", "TX-77"), List.of("104", "TX-104"));
            assertThat(columns(db, "connection_request")).doesNotContain("client_number", "connection_status", "connection_status_since");

            // a notification names its subject
            assertThat(rows(sql, "SELECT subject_kind, subject_id, subject_reference FROM notification"))
                    .containsExactly(List.of("REQUEST", "101", "101"));
            assertThat(columns(db, "notification")).doesNotContain("request_id");
        }

        // what the register's sequences give next is above every id the migration used
        try (Connection db = database.getConnection(); Statement sql = db.createStatement()) {
            long maxConnection = single(sql, "SELECT MAX(id) FROM client_connection");
            long next = single(sql, postgres ? "SELECT nextval('client_connection_seq')" : "VALUES NEXT VALUE FOR client_connection_seq");
            assertThat(next - 49).as("the first id of Hibernate's next block of 50").isGreaterThan(maxConnection);
        }
    }

    /** Today's data, as the service wrote it before the register existed (schema V16). */
    private static void todaysData(Statement sql) throws SQLException {
        sql.execute("INSERT INTO account (id, email, display_name, enabled, failed_login_count, created_at, version)"
                + " VALUES (1, 'marc@pharmacie.lu', 'Marc Schmit', TRUE, 0, TIMESTAMP '2026-05-01 10:00:00', 0),"
                + " (2, 'ana@bijouterie.lu', 'Ana Weber', TRUE, 0, TIMESTAMP '2026-05-01 10:00:00', 0),"
                + " (3, 'sup@police.etat.lu', 'Sam Supervisor', TRUE, 0, TIMESTAMP '2026-05-01 10:00:00', 0)");
        sql.execute("INSERT INTO business_espace (id, organisation_name, legal_form, trade_register_number, street,"
                + " house_number, postcode, locality, created_at, created_by, version) VALUES"
                + " (10, 'Pharmacie Schmit', 'SA', 'B100001', 'Rue de l''Alzette', '30', 'L-4010', 'Esch-sur-Alzette', TIMESTAMP '2026-05-01 10:00:00', 1, 0),"
                + " (20, 'Bijouterie Weber', 'SARL', 'B200002', 'Grand-Rue', '5', 'L-1660', 'Luxembourg', TIMESTAMP '2026-05-01 10:00:00', 2, 0)");
        String columns = "INSERT INTO connection_request (id, version, espace_id, created_by, created_at, state, state_changed_at,"
                + " submitted_at, wizard_step, site_street, site_house_number, site_postcode, site_locality, site_locality_key,"
                + " premises_kind, passive_alarm, active_alarm, fire_alarm, post_order_reference, post_line_id, client_number,"
                + " decided_by, decided_at, connection_status, connection_status_since, in_queue) VALUES ";
        sql.execute(columns + "(101, 3, 10, 1, TIMESTAMP '2026-05-02 10:00:00', 'APPROVED', TIMESTAMP '2026-06-01 10:00:00',"
                + " TIMESTAMP '2026-05-02 10:00:00', 7, 'Place de la Gare', '5', 'L-4010', 'Esch-sur-Alzette', 'ESCH-SUR-ALZETTE',"
                + " 'PHARMACY', TRUE, TRUE, FALSE, 'ORD-1', 'LINE-7', 'AL-2026-000001-8', 3, TIMESTAMP '2026-06-01 10:00:00',"
                + " 'ACTIVE', TIMESTAMP '2026-06-01 10:00:00', FALSE)");
        sql.execute(columns + "(102, 4, 10, 1, TIMESTAMP '2026-05-03 10:00:00', 'APPROVED', TIMESTAMP '2026-06-03 10:00:00',"
                + " TIMESTAMP '2026-05-03 10:00:00', 7, 'Rue du Brill', '12', 'L-4041', 'Esch-sur-Alzette', 'ESCH-SUR-ALZETTE',"
                + " 'PHARMACY', TRUE, FALSE, FALSE, 'ORD-2', 'LINE-8', 'AL-2026-000002-6', 3, TIMESTAMP '2026-06-03 10:00:00',"
                + " 'SUSPENDED', TIMESTAMP '2026-09-01 10:00:00', FALSE)");
        sql.execute(columns + "(103, 5, 20, 2, TIMESTAMP '2026-05-04 10:00:00', 'APPROVED', TIMESTAMP '2026-06-04 10:00:00',"
                + " TIMESTAMP '2026-05-04 10:00:00', 7, 'Grand-Rue', '5', 'L-1660', 'Luxembourg', 'LUXEMBOURG',"
                + " 'JEWELLERY', FALSE, TRUE, FALSE, 'ORD-3', 'LINE-9', 'AL-2026-000003-4', 3, TIMESTAMP '2026-06-04 10:00:00',"
                + " 'ENDED', TIMESTAMP '2026-10-01 10:00:00', FALSE)");
        sql.execute(columns + "(105, 3, 20, 2, TIMESTAMP '2026-05-06 10:00:00', 'APPROVED', TIMESTAMP '2026-06-05 10:00:00',"
                + " TIMESTAMP '2026-05-06 10:00:00', 7, 'Rue Philippe II', '7', 'L-2340', 'Luxembourg', 'LUXEMBOURG',"
                + " 'JEWELLERY', TRUE, FALSE, FALSE, 'ORD-5', 'LINE-11', 'AL-2026-000005-0', 3, TIMESTAMP '2026-06-05 10:00:00',"
                + " 'ACTIVE', TIMESTAMP '2026-06-05 10:00:00', FALSE)");
        sql.execute(columns + "(104, 2, 20, 2, TIMESTAMP '2026-05-05 10:00:00', 'IN_REVIEW', TIMESTAMP '2026-05-06 10:00:00',"
                + " TIMESTAMP '2026-05-05 10:00:00', 7, 'Avenue de la Gare', '9', 'L-1611', 'Luxembourg', 'LUXEMBOURG',"
                + " 'JEWELLERY', FALSE, TRUE, FALSE, 'ORD-4', 'LINE-10', NULL, NULL, NULL, NULL, NULL, TRUE)");
        sql.execute("INSERT INTO request_event (id, request_id, occurred_at, kind, actor_kind, actor, from_state, to_state, note) VALUES"
                + " (1, 101, TIMESTAMP '2026-05-20 10:00:00', 'POST_CONFIRMED', 'POST', 'POST Luxembourg', 'POST_CHECK', 'IN_REVIEW', 'line LINE-7, transmitter TX-77 (message m-0)'),"
                + " (2, 101, TIMESTAMP '2026-06-01 10:00:00', 'APPROVED', 'PGD', 'sup@police.etat.lu', 'IN_REVIEW', 'APPROVED', 'AL-2026-000001-8'),"
                + " (3, 101, TIMESTAMP '2026-06-02 09:00:00', 'LINE_ACTIVE', 'POST', 'POST Luxembourg', 'APPROVED', 'APPROVED', 'line LINE-7 since 2026-06-02T08:00:00Z (message m-1)'),"
                + " (4, 102, TIMESTAMP '2026-06-03 10:00:00', 'APPROVED', 'PGD', 'sup@police.etat.lu', 'IN_REVIEW', 'APPROVED', 'AL-2026-000002-6'),"
                + " (5, 102, TIMESTAMP '2026-09-01 10:00:00', 'CONNECTION_SUSPENDED', 'PGD', 'sup@police.etat.lu', 'APPROVED', 'APPROVED', 'Servicing certificate overdue'),"
                + " (6, 103, TIMESTAMP '2026-06-04 10:00:00', 'APPROVED', 'PGD', 'sup@police.etat.lu', 'IN_REVIEW', 'APPROVED', 'AL-2026-000003-4'),"
                + " (7, 103, TIMESTAMP '2026-09-01 10:00:00', 'CONNECTION_SUSPENDED', 'PGD', 'sup@police.etat.lu', 'APPROVED', 'APPROVED', 'No transmission test'),"
                + " (8, 103, TIMESTAMP '2026-10-01 10:00:00', 'CONNECTION_ENDED', 'PGD', 'sup@police.etat.lu', 'APPROVED', 'APPROVED', 'Still no transmission test'),"
                + " (9, 104, TIMESTAMP '2026-05-06 10:00:00', 'POST_CONFIRMED', 'POST', 'POST Luxembourg', 'POST_CHECK', 'IN_REVIEW', 'line LINE-10, transmitter TX-104 (message m-2)'),"
                + " (10, 105, TIMESTAMP '2026-06-05 10:00:00', 'APPROVED', 'PGD', 'sup@police.etat.lu', 'IN_REVIEW', 'APPROVED', 'AL-2026-000005-0'),"
                + " (11, 105, TIMESTAMP '2026-11-02 10:00:00', 'LINE_ENDED', 'POST', 'POST Luxembourg', 'APPROVED', 'APPROVED', 'line LINE-11 on 2026-11-02T09:00:00Z: contract ended (message m-3)')");
        sql.execute("INSERT INTO notification (id, espace_id, request_id, kind, detail, created_at)"
                + " VALUES (1, 10, 101, 'REQUEST_APPROVED', 'AL-2026-000001-8', TIMESTAMP '2026-06-01 10:00:00')");
    }

    private FluentConfiguration configuration(DataSource database) {
        FluentConfiguration configuration = FlywayMigrationIntegrator.configuration(database);
        return postgres ? configuration.schemas(schema).defaultSchema(schema) : configuration;
    }

    private DataSource dataSource() {
        if (postgres) {
            PGSimpleDataSource database = new PGSimpleDataSource();
            database.setURL(url);
            database.setUser(user());
            database.setPassword(password());
            database.setCurrentSchema(schema);
            return database;
        }
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        return database;
    }

    private static String user() {
        return System.getenv().getOrDefault("ALARMIS_DB_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("ALARMIS_DB_PASSWORD", "");
    }

    private static List<List<String>> rows(Statement sql, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    String value = String.valueOf(result.getString(i));
                    // PostgreSQL writes booleans t and f, H2 TRUE and FALSE
                    row.add(switch (value) {
                        case "t", "TRUE" -> "true";
                        case "f", "FALSE" -> "false";
                        default -> value;
                    });
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<String> columns(Connection db, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet result = db.getMetaData().getColumns(null, postgres ? schema : "PUBLIC", null, null)) {
            while (result.next()) {
                if (result.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    names.add(result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
