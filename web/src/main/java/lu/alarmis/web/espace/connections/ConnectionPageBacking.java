package lu.alarmis.web.espace.connections;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.client.ConnectionEvent;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.IntendedDecisionState;
import lu.alarmis.decision.SubjectKind;
import lu.alarmis.web.Pages;
import lu.alarmis.web.documents.DocumentUpload;
import lu.alarmis.web.security.SignedInPerson;

/**
 * /espace/connections/view.xhtml?id=…: one connection as its client sees it (state, site, line,
 * history without the section's own lines), and what the police intend to decide about it: the
 * reasons, the date to answer by, the answer with documents, and the decisions taken with their
 * reasons and the legal remedies. Any id that is not a connection of a client this eSpace acts for
 * answers 404.
 */
@Named("myConnection")
@ViewScoped
public class ConnectionPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientRegister register;

    @EJB
    private IntendedDecisionService decisions;

    @Inject
    private SignedInPerson person;

    private Long id;
    private Connection connection;
    private List<ConnectionEvent> history;
    private ConnectionStanding standing;
    private List<IntendedDecision> intendedDecisions;

    private transient Part upload;
    private String answer;

    /** f:viewAction */
    public void load() {
        if (person.getActiveEspaceId() == null || id == null) {
            Pages.notFound();
            return;
        }
        try {
            connection = register.connectionOfMyEspace(person.getActiveEspaceId(), id);
            history = register.historyForMyEspace(person.getActiveEspaceId(), id);
            standing = ConnectionStanding.of(connection, history);
            intendedDecisions = decisions.aboutForMyEspace(person.getActiveEspaceId(), SubjectKind.CONNECTION, id);
        } catch (NotFoundException notVisible) {
            Pages.notFound();
        }
    }

    /** A document for the answer to the open intended decision. */
    public void uploadDocument() {
        IntendedDecision open = getOpenDecision();
        boolean stored = open != null && DocumentUpload.send(upload,
                (name, content) -> decisions.attach(person.getActiveEspaceId(), open.getId(), name, content));
        upload = null;
        if (stored) {
            Pages.redirect(address());
        }
    }

    public void sendAnswer() {
        IntendedDecision open = getOpenDecision();
        if (open != null) {
            Pages.act(() -> decisions.answer(person.getActiveEspaceId(), open.getId(), open.getVersion(), answer),
                    "decision.answerSent", address(), this::load);
        }
    }

    private String address() {
        return "/espace/connections/view.xhtml?id=" + id;
    }

    /** The intended decision still to be taken, if any (there is at most one at a time). */
    public IntendedDecision getOpenDecision() {
        return intendedDecisions == null ? null
                : intendedDecisions.stream().filter(IntendedDecision::isOpen).findFirst().orElse(null);
    }

    public boolean isAnswerable() {
        IntendedDecision open = getOpenDecision();
        return open != null && open.getState() == IntendedDecisionState.ANNOUNCED;
    }

    /** The decisions taken or dropped, newest first. */
    public List<IntendedDecision> getDecided() {
        return intendedDecisions == null ? List.of() : intendedDecisions.stream().filter(d -> !d.isOpen()).toList();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Connection getConnection() {
        return connection;
    }

    public List<ConnectionEvent> getHistory() {
        return history;
    }

    public ConnectionStanding getStanding() {
        return standing;
    }
}
