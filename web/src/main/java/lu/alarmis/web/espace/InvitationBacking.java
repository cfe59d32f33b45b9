package lu.alarmis.web.espace;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.account.EspaceInvitation;
import lu.alarmis.account.EspaceMembership;
import lu.alarmis.account.EspaceService;
import lu.alarmis.common.BusinessException;
import lu.alarmis.web.Messages;
import lu.alarmis.web.security.SignedInPerson;

/** /espace/invitation.xhtml?token=…: the invited person, signed in, joins the eSpace. */
@Named("espaceInvitation")
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EspaceService espaces;

    @Inject
    private SignedInPerson person;

    private String token;
    private EspaceInvitation invitation;

    /** f:viewAction */
    public void load() {
        try {
            invitation = espaces.invitation(token);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public String accept() {
        try {
            EspaceMembership membership = espaces.accept(token);
            person.actFor(membership.getEspace().getId(), membership.getEspace().getOrganisationName());
            Messages.info("invitation.accepted", membership.getEspace().getOrganisationName());
            Messages.keepForRedirect();
            return "/espace/index?faces-redirect=true";
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public EspaceInvitation getInvitation() {
        return invitation;
    }
}
