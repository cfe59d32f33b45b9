package lu.alarmis.web.espace.connections;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.client.ConnectionEvent;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.compliance.MyObligations;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.SubjectKind;
import lu.alarmis.web.Pages;
import lu.alarmis.web.espace.DecisionAnswers;
import lu.alarmis.web.security.SignedInPerson;

/**
 * /espace/connections/view.xhtml?id=…: one connection as its client sees it (state, site, line,
 * history without the section's own lines), and what the police intend to decide about it: the
 * reasons, the date to answer by, the answer with documents, and the decisions taken with their
 * reasons and the legal remedies. Any id that is not a connection of a client this eSpace acts for
 * answers 404. Its yearly obligations: where it stands, the servicings with their certificates, the
 * transmission tests, the police's request for a copy.
 */
@Named("myConnection")
@ViewScoped
public class ConnectionPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientRegister register;

    @EJB
    private IntendedDecisionService decisions;

    @EJB
    private MyObligations obligationsService;

    @Inject
    private SignedInPerson person;

    private Long id;
    private Connection connection;
    private List<ConnectionEvent> history;
    private ConnectionStanding standing;
    private DecisionAnswers answers;
    private MyObligationsPanel obligations;

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
            answers = new DecisionAnswers(decisions, person.getActiveEspaceId(), SubjectKind.CONNECTION, id,
                    "/espace/connections/view.xhtml?id=" + id);
            obligations = new MyObligationsPanel(obligationsService, person.getActiveEspaceId(), id,
                    "/espace/connections/view.xhtml?id=" + id);
        } catch (NotFoundException notVisible) {
            Pages.notFound();
        }
    }

    /** The yearly obligations, with the servicing form. */
    public MyObligationsPanel getObligations() {
        return obligations;
    }

    /** The intended decisions about this connection, with the answer form. */
    public DecisionAnswers getAnswers() {
        return answers;
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
