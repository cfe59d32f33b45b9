package lu.alarmis.web.espace.connections;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.web.security.SignedInPerson;

/** /espace/connections/index.xhtml: the connections of the clients the eSpace the person acts for is linked to. */
@Named("myConnections")
@RequestScoped
public class MyConnectionsBacking {

    @EJB
    private ClientRegister register;

    @Inject
    private SignedInPerson person;

    private List<Connection> connections;

    /** f:viewAction */
    public void load() {
        connections = person.getActiveEspaceId() == null ? List.of()
                : register.connectionsOfMyEspace(person.getActiveEspaceId());
    }

    public List<Connection> getConnections() {
        return connections;
    }
}
