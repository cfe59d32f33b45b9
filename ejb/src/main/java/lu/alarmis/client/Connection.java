package lu.alarmis.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.SearchKey;

/**
 * One protected site of a client, connected to the CIN over POST's ALARMIS network: its ALARMIS
 * client number, alarm types, POST's order, line and transmitter, when POST reported the line
 * active (until then: waiting for POST to route the line), and its state. Its state only moves as
 * the methods below allow; every move is a line of its history ({@link ConnectionEvent}).
 */
@Entity
@Table(name = "client_connection")
public class Connection {

    public static final int REFERENCE_MAX = 40;

    @Id
    @SequenceGenerator(name = "client_connection_seq", sequenceName = "client_connection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_connection_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @Column(name = "client_number", nullable = false, updatable = false, length = ClientNumber.LENGTH)
    private String clientNumber;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "site_street")),
            @AttributeOverride(name = "houseNumber", column = @Column(name = "site_house_number")),
            @AttributeOverride(name = "postcode", column = @Column(name = "site_postcode")),
            @AttributeOverride(name = "locality", column = @Column(name = "site_locality"))})
    private Address site;

    @Column(name = "site_locality_key", length = 80)
    private String siteLocalityKey;

    @Column(name = "passive_alarm", nullable = false)
    private boolean passiveAlarm;

    @Column(name = "active_alarm", nullable = false)
    private boolean activeAlarm;

    @Column(name = "post_order_reference", length = REFERENCE_MAX)
    private String postOrderReference;

    @Column(name = "post_line_id", length = REFERENCE_MAX)
    private String postLineId;

    @Column(name = "transmitter_id", length = REFERENCE_MAX)
    private String transmitterId;

    /** When POST reported the line active; none yet: no alarm reaches the CIN. */
    @Column(name = "line_active_since")
    private Instant lineActiveSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private ConnectionState state;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, updatable = false, length = 10)
    private RegisterOrigin origin;

    /** The approved request ("R-1000000123") or the legacy file and its line. */
    @Column(name = "origin_reference", nullable = false, updatable = false, length = 300)
    private String originReference;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The day the connection was made: the approval, or the legacy register's date. */
    @Column(name = "connected_on", nullable = false, updatable = false)
    private LocalDate connectedOn;

    /** The last yearly servicing the register knows of (from the legacy register until certificates are uploaded). */
    @Column(name = "last_servicing_on")
    private LocalDate lastServicingOn;

    /** The last transmission test the register knows of. */
    @Column(name = "last_transmission_test_on")
    private LocalDate lastTransmissionTestOn;

    protected Connection() {
        // for JPA
    }

    Connection(Client client, ClientNumber number, Address site, boolean passiveAlarm, boolean activeAlarm,
               String postOrderReference, String postLineId, String transmitterId, RegisterOrigin origin,
               String originReference, Instant now) {
        if (!passiveAlarm && !activeAlarm) {
            throw new BusinessException("connection.alarmTypeRequired", "a connection carries passive or active alarms");
        }
        this.client = client;
        this.clientNumber = number.value();
        this.site = site;
        this.siteLocalityKey = SearchKey.of(site.getLocality());
        this.passiveAlarm = passiveAlarm;
        this.activeAlarm = activeAlarm;
        this.postOrderReference = postOrderReference;
        this.postLineId = postLineId;
        this.transmitterId = transmitterId;
        this.origin = origin;
        this.originReference = originReference;
        this.state = ConnectionState.ACTIVE;
        this.stateSince = now;
        this.createdAt = now;
        this.connectedOn = now.atZone(Luxembourg.ZONE).toLocalDate();
    }

    /** A connection as the legacy register kept it: made on its own date, in its own state. */
    static Connection legacy(Client client, LegacyEntry entry, String originReference, Instant now) {
        Connection connection = new Connection(client, new ClientNumber(entry.clientNumber()), entry.site(),
                entry.passiveAlarm(), entry.activeAlarm(), null, entry.postLineId(), entry.transmitterId(),
                RegisterOrigin.LEGACY, originReference, now);
        connection.state = entry.state();
        connection.connectedOn = entry.connectedOn();
        connection.lastServicingOn = entry.lastServicingOn();
        connection.lastTransmissionTestOn = entry.lastTransmissionTestOn();
        // The old register's lines were routed by POST: a connection with its line is not "waiting for POST".
        if (entry.postLineId() != null && entry.connectedOn() != null) {
            connection.lineActiveSince = entry.connectedOn().atStartOfDay(Luxembourg.ZONE).toInstant();
        }
        return connection;
    }

    /** POST reports the line routed: alarms reach the CIN from now on. */
    void lineActive(String lineId, Instant since) {
        if (lineId != null) {
            this.postLineId = lineId;
        }
        this.lineActiveSince = since;
    }

    /** A supervisor suspends it, e.g. for lasting non-compliance. */
    void suspend(Instant now) {
        moveTo(EnumSet.of(ConnectionState.ACTIVE), ConnectionState.SUSPENDED, "connection.notActive", now);
    }

    void reinstate(Instant now) {
        moveTo(EnumSet.of(ConnectionState.SUSPENDED), ConnectionState.ACTIVE, "connection.notSuspended", now);
    }

    /** Ended for good, suspended or not: by a supervisor, or because POST ended the line. */
    void end(Instant now) {
        moveTo(EnumSet.of(ConnectionState.ACTIVE, ConnectionState.SUSPENDED), ConnectionState.ENDED,
                "connection.notOpen", now);
    }

    /** What a legacy register's entry says otherwise of this connection, in words for its history; empty if nothing. */
    List<String> differencesFrom(LegacyEntry entry) {
        List<String> differences = new ArrayList<>();
        if (entry.state() != state) {
            differences.add("state " + state + " → " + entry.state());
        }
        if (!entry.site().equals(site)) {
            differences.add("site " + site + " → " + entry.site());
        }
        if (entry.passiveAlarm() != passiveAlarm || entry.activeAlarm() != activeAlarm) {
            differences.add("alarms " + alarms(passiveAlarm, activeAlarm) + " → " + alarms(entry.passiveAlarm(), entry.activeAlarm()));
        }
        if (!Objects.equals(entry.postLineId(), postLineId)) {
            differences.add("line " + postLineId + " → " + entry.postLineId());
        }
        if (!Objects.equals(entry.transmitterId(), transmitterId)) {
            differences.add("transmitter " + transmitterId + " → " + entry.transmitterId());
        }
        if (!Objects.equals(entry.lastServicingOn(), lastServicingOn)) {
            differences.add("last servicing " + lastServicingOn + " → " + entry.lastServicingOn());
        }
        if (!Objects.equals(entry.lastTransmissionTestOn(), lastTransmissionTestOn)) {
            differences.add("last transmission test " + lastTransmissionTestOn + " → " + entry.lastTransmissionTestOn());
        }
        return differences;
    }

    private static String alarms(boolean passive, boolean active) {
        return passive && active ? "passive+active" : passive ? "passive" : "active";
    }

    /** Takes what a later file of the legacy register says of it: its details and its state. */
    void takeOver(LegacyEntry entry, Instant now) {
        if (entry.state() != state) {
            this.state = entry.state();
            this.stateSince = now;
        }
        this.site = entry.site();
        this.siteLocalityKey = SearchKey.of(site.getLocality());
        this.passiveAlarm = entry.passiveAlarm();
        this.activeAlarm = entry.activeAlarm();
        this.postLineId = entry.postLineId();
        this.transmitterId = entry.transmitterId();
        this.lastServicingOn = entry.lastServicingOn();
        this.lastTransmissionTestOn = entry.lastTransmissionTestOn();
    }

    private void moveTo(Set<ConnectionState> from, ConnectionState to, String refusalKey, Instant now) {
        if (!from.contains(state)) {
            throw new BusinessException(refusalKey, "connection " + clientNumber + " is " + state + ", not " + from);
        }
        this.state = to;
        this.stateSince = now;
    }

    /** Where it stands as its client reads it: waiting for the line, active, suspended or ended. */
    public Standing getStanding() {
        return switch (state) {
            case ACTIVE -> lineActiveSince == null ? Standing.WAITING_FOR_LINE : Standing.ACTIVE;
            case SUSPENDED -> Standing.SUSPENDED;
            case ENDED -> Standing.ENDED;
        };
    }

    /** {@link ConnectionState} with "active" told apart from "approved, waiting for POST to route the line". */
    public enum Standing {
        WAITING_FOR_LINE, ACTIVE, SUSPENDED, ENDED
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Client getClient() {
        return client;
    }

    public String getClientNumber() {
        return clientNumber;
    }

    public Address getSite() {
        return site;
    }

    public boolean isPassiveAlarm() {
        return passiveAlarm;
    }

    public boolean isActiveAlarm() {
        return activeAlarm;
    }

    public String getPostOrderReference() {
        return postOrderReference;
    }

    public String getPostLineId() {
        return postLineId;
    }

    public String getTransmitterId() {
        return transmitterId;
    }

    public Instant getLineActiveSince() {
        return lineActiveSince;
    }

    public ConnectionState getState() {
        return state;
    }

    public Instant getStateSince() {
        return stateSince;
    }

    public RegisterOrigin getOrigin() {
        return origin;
    }

    public String getOriginReference() {
        return originReference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getConnectedOn() {
        return connectedOn;
    }

    public LocalDate getLastServicingOn() {
        return lastServicingOn;
    }

    public LocalDate getLastTransmissionTestOn() {
        return lastTransmissionTestOn;
    }
}
