package lu.alarmis.web.espace;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.account.EspaceMembership;
import lu.alarmis.account.EspaceService;
import lu.alarmis.common.BusinessException;
import lu.alarmis.web.Messages;
import lu.alarmis.web.security.SignedInPerson;

/** /espace/index.xhtml: the person's eSpaces and the one they act for. */
@Named("espaceIndex")
@ViewScoped
public class IndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EspaceService espaces;

    @Inject
    private SignedInPerson person;

    private List<EspaceMembership> memberships;

    /** f:viewAction: before the page renders, so that its header already names the eSpace. */
    public void load() {
        memberships = espaces.myMemberships();
        if (person.getActiveEspaceId() == null && memberships.size() == 1) {
            EspaceMembership only = memberships.get(0);
            person.actFor(only.getEspace().getId(), only.getEspace().getOrganisationName());
        }
    }

    public void actFor(long espaceId) {
        try {
            EspaceMembership membership = espaces.myMembership(espaceId);
            person.actFor(espaceId, membership.getEspace().getOrganisationName());
            Messages.info("espace.nowActingFor", membership.getEspace().getOrganisationName());
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public List<EspaceMembership> getMemberships() {
        return memberships;
    }

    public EspaceMembership getActive() {
        return memberships.stream()
                .filter(m -> m.getEspace().getId().equals(person.getActiveEspaceId()))
                .findFirst()
                .orElse(null);
    }
}
