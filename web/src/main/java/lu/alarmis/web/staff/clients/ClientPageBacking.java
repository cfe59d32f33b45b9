package lu.alarmis.web.staff.clients;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.certification.CertificationRequest;
import lu.alarmis.certification.CertificationReviewService;
import lu.alarmis.certification.CertificationToken;
import lu.alarmis.client.Client;
import lu.alarmis.client.ClientEspace;
import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.client.ConnectionEvent;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.Measure;
import lu.alarmis.decision.SubjectKind;
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
 * that led to its connections and the partner messages about them, and the intended decisions about
 * each connection. Staff announce an intended suspension or ending (with its reasons and the date to
 * answer by); a supervisor may instead take it at once for a stated urgency. Supervisors confirm the
 * address and lift a suspension; each action carries the version that was shown.
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

    @EJB
    private IntendedDecisionService decisions;

    @EJB
    private CertificationReviewService certificationReview;

    @Inject
    private SignedInPerson person;

    private Long id;
    private Client client;
    private List<Connection> connections;
    private Map<Long, List<ConnectionEvent>> histories;
    private List<ClientEspace> espaces;
    private List<ConnectionRequest> clientRequests;
    private List<PartnerMessage> messages;
    private Map<Long, List<IntendedDecision>> decisionsByConnection;
    private List<CertificationRequest> certifications;
    private Map<Long, CertificationToken> latestTokens;

    private AddressForm address;
    /** The reason typed for lifting each connection's suspension, by connection id. */
    private final Map<Long, String> reasons = new HashMap<>();
    /** The intended decision being written for each connection, by connection id. */
    private final Map<Long, Announcement> announcements = new HashMap<>();

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
        certifications = certificationReview.ofClient(client.getId());
        latestTokens = certificationReview.latestTokensOfClient(client.getId());
        decisionsByConnection = new HashMap<>();
        decisions.about(SubjectKind.CONNECTION, connections.stream().map(Connection::getId).toList())
                .forEach(d -> decisionsByConnection.computeIfAbsent(d.getSubjectId(), k -> new java.util.ArrayList<>()).add(d));
        if (address == null) {
            address = AddressForm.of(client.getPostalAddress());
        }
    }

    public void confirmAddress() {
        act(() -> register.confirmPostalAddress(id, client.getVersion(), address.toAddress()),
                "register.addressConfirmed");
    }

    /** Announces the intended decision written for the connection: the client has until its date to answer. */
    public void announce(Connection connection) {
        Announcement a = announcementOf(connection);
        act(() -> decisions.announce(a.getMeasure(), connection.getId(), a.getReasons(), a.getAnswerDue()),
                "decision.announced");
    }

    /** Takes the measure at once, for the urgency the supervisor states. */
    public void takeUrgently(Connection connection) {
        Announcement a = announcementOf(connection);
        act(() -> decisions.takeUrgently(a.getMeasure(), connection.getId(), a.getReasons(), a.getUrgency()),
                "decision.takenUrgently");
    }

    public void reinstate(Connection connection) {
        act(() -> register.reinstate(connection.getId(), connection.getVersion(), reasons.get(connection.getId())),
                "connection.reinstated");
    }

    private void act(Runnable action, String doneKey) {
        Pages.act(action, doneKey, "/staff/clients/view.xhtml?id=" + id, this::reload);
    }

    public boolean isSupervisor() {
        return person.isSupervisor();
    }

    /** Supervisors lift a suspension. */
    public boolean isReinstatable(Connection connection) {
        return isSupervisor() && connection.getState() == ConnectionState.SUSPENDED;
    }

    /** A measure can be announced on a connection that has not ended and has no intended decision open. */
    public boolean isAnnounceable(Connection connection) {
        return connection.getState() != ConnectionState.ENDED && openDecisionOf(connection) == null;
    }

    /** The measures that can be intended for the connection as it stands. */
    public List<Measure> measuresFor(Connection connection) {
        return connection.getState() == ConnectionState.ACTIVE
                ? List.of(Measure.SUSPEND_CONNECTION, Measure.END_CONNECTION) : List.of(Measure.END_CONNECTION);
    }

    public List<IntendedDecision> decisionsOf(Connection connection) {
        return decisionsByConnection.getOrDefault(connection.getId(), List.of());
    }

    public IntendedDecision openDecisionOf(Connection connection) {
        return decisionsOf(connection).stream().filter(IntendedDecision::isOpen).findFirst().orElse(null);
    }

    public Announcement announcementOf(Connection connection) {
        return announcements.computeIfAbsent(connection.getId(), k -> new Announcement());
    }

    /** An intended decision as staff write it: the measure, its reasons, the date to answer by (or an urgency). */
    public static class Announcement implements Serializable {

        private static final long serialVersionUID = 1L;

        private Measure measure;
        private String reasons;
        private LocalDate answerDue = LocalDate.now(Luxembourg.ZONE).plusDays(IntendedDecision.MIN_DAYS_TO_ANSWER);
        private String urgency;

        public Measure getMeasure() {
            return measure;
        }

        public void setMeasure(Measure measure) {
            this.measure = measure;
        }

        public String getReasons() {
            return reasons;
        }

        public void setReasons(String reasons) {
            this.reasons = reasons;
        }

        public LocalDate getAnswerDue() {
            return answerDue;
        }

        public void setAnswerDue(LocalDate answerDue) {
            this.answerDue = answerDue;
        }

        public String getUrgency() {
            return urgency;
        }

        public void setUrgency(String urgency) {
            this.urgency = urgency;
        }
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

    /** The certification requests that named the client, with their tokens' life on each request's page. */
    public List<CertificationRequest> getCertifications() {
        return certifications;
    }

    /** The newest code of a certification request, if one was issued. */
    public CertificationToken latestTokenOf(CertificationRequest request) {
        return latestTokens.get(request.getId());
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
