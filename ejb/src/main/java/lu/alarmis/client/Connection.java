package lu.alarmis.client;

import java.time.Instant;
import java.util.EnumSet;
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

    /** A later file of the legacy register says otherwise: its state is taken as the register kept it. */
    void importedState(ConnectionState imported, Instant now) {
        if (imported != state) {
            this.state = imported;
            this.stateSince = now;
        }
    }

    /** What a later file of the legacy register says of it. @return whether anything changed. */
    boolean importedDetails(Address newSite, boolean passive, boolean active, String lineId, String transmitter) {
        boolean changed = !newSite.equals(site) || passive != passiveAlarm || active != activeAlarm
                || !java.util.Objects.equals(lineId, postLineId) || !java.util.Objects.equals(transmitter, transmitterId);
        this.site = newSite;
        this.siteLocalityKey = SearchKey.of(newSite.getLocality());
        this.passiveAlarm = passive;
        this.activeAlarm = active;
        this.postLineId = lineId;
        this.transmitterId = transmitter;
        return changed;
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
}
