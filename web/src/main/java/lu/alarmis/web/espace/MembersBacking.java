package lu.alarmis.web.espace;

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
import lu.alarmis.web.Pages;

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

    private static final String JUST_CREATED = "invitationLink";

    /**
     * f:viewAction: the id comes from the URL and is checked against the caller's memberships. The
     * link of an invitation just created comes through the flash, once.
     */
    public void load() {
        try {
            mine = espaces.myMembership(id == null ? -1 : id);
            refresh();
            invitationLink = (String) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(JUST_CREATED);
        } catch (NotFoundException notVisible) {
            Pages.notFound();
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
            // Post/redirect/get: a reload shows the page again and creates nothing; the link, whose
            // hash alone is stored, is shown once after the redirect.
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(JUST_CREATED, invitationLink);
            Messages.info("invitation.created", Account.normaliseEmail(inviteeEmail));
            Pages.redirect("/espace/members.xhtml?id=" + id);
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
