package lu.alarmis.web.espace.requests;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.common.BusinessException;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.ConnectionRequestService;
import lu.alarmis.web.Messages;
import lu.alarmis.web.Pages;
import lu.alarmis.web.security.SignedInPerson;

/** /espace/requests/index.xhtml: the connection requests of the eSpace the person acts for. */
@Named("myRequests")
@RequestScoped
public class RequestsBacking {

    @EJB
    private ConnectionRequestService service;

    @Inject
    private SignedInPerson person;

    private List<ConnectionRequest> requests;

    /** f:viewAction */
    public void load() {
        requests = person.getActiveEspaceId() == null ? List.of() : service.ofEspace(person.getActiveEspaceId());
    }

    public void startDraft() {
        if (person.getActiveEspaceId() == null) {
            Messages.error("request.chooseEspaceFirst");
            return;
        }
        try {
            ConnectionRequest draft = service.startDraft(person.getActiveEspaceId());
            Pages.redirect("/espace/requests/edit.xhtml?id=" + draft.getId() + "&step=1");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public long daysWaiting(ConnectionRequest request) {
        return request.daysWaiting(Instant.now());
    }

    public List<ConnectionRequest> getRequests() {
        return requests;
    }
}
