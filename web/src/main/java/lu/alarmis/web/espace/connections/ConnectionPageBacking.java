package lu.alarmis.web.espace.connections;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.client.ConnectionEvent;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.web.Pages;
import lu.alarmis.web.security.SignedInPerson;

/**
 * /espace/connections/view.xhtml?id=…: one connection as its client sees it (state, site, line,
 * history without the section's own lines). Any id that is not a connection of a client this
 * eSpace acts for answers 404.
 */
@Named("myConnection")
@RequestScoped
public class ConnectionPageBacking {

    @EJB
    private ClientRegister register;

    @Inject
    private SignedInPerson person;

    private Long id;
    private Connection connection;
    private List<ConnectionEvent> history;
    private ConnectionStanding standing;

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
        } catch (NotFoundException notVisible) {
            Pages.notFound();
        }
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
