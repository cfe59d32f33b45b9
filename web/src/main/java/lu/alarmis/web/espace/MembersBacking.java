package lu.alarmis.web.espace;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lu.alarmis.account.Account;
import lu.alarmis.account.EspaceInvitation;
import lu.alarmis.account.EspaceMembership;
import lu.alarmis.account.EspaceService;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.web.Messages;

/** /espace/members.xhtml?id=…: the members of an eSpace; its managers invite further people. */
@Named("espaceMembers")
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** System property set by config/configure-server.cli from ALARMIS_PUBLIC_URL. */
    static final String PUBLIC_URL = "alarmis.public-url";

    @EJB
    private EspaceService espaces;

    private Long id;
    private EspaceMembership mine;
    private List<EspaceMembership> members;
    private List<EspaceInvitation> invitations;

    @NotBlank
    @Email
    @Size(max = Account.EMAIL_MAX)
    private String inviteeEmail;

    /** The link just created: shown once, to be passed on to the invited person. */
    private String invitationLink;

    /** f:viewAction: the id comes from the URL and is checked against the caller's memberships. */
    public void load() throws IOException {
        try {
            mine = espaces.myMembership(id == null ? -1 : id);
            refresh();
        } catch (NotFoundException notVisible) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        members = espaces.members(id);
        invitations = mine.isManager() ? espaces.openInvitations(id) : List.of();
    }

    public void invite() {
        try {
            String token = espaces.invite(id, inviteeEmail);
            // The configured public address, never the request's Host header (which a client chooses).
            invitationLink = System.getProperty(PUBLIC_URL, "https://localhost:8443")
                    + FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                    + "/espace/invitation.xhtml?token=" + token;
            Messages.info("invitation.created", Account.normaliseEmail(inviteeEmail));
            inviteeEmail = null;
            refresh();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EspaceMembership getMine() {
        return mine;
    }

    public List<EspaceMembership> getMembers() {
        return members;
    }

    public List<EspaceInvitation> getInvitations() {
        return invitations;
    }

    public String getInviteeEmail() {
        return inviteeEmail;
    }

    public void setInviteeEmail(String inviteeEmail) {
        this.inviteeEmail = inviteeEmail;
    }

    public String getInvitationLink() {
        return invitationLink;
    }
}
