package lu.alarmis.account;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.security.Roles;

/**
 * Business eSpaces as their members see them. Every eSpace id that comes from outside is checked
 * against the caller's memberships: another organisation's eSpace is "not found", and the attempt
 * is recorded.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class EspaceService {

    @Inject
    private EspaceRepository espaces;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    /** The caller creates an eSpace for an organisation and becomes its manager. */
    public BusinessEspace create(BusinessEspace espace) {
        Account caller = caller();
        if (espaces.tradeRegisterNumberTaken(espace.getTradeRegisterNumber())) {
            throw new BusinessException("espace.tradeRegisterNumberTaken",
                    "an eSpace exists already for " + espace.getTradeRegisterNumber());
        }
        Instant now = Instant.now();
        espace.created(caller, now);
        espaces.add(espace);
        espaces.add(new EspaceMembership(espace, caller, MembershipRole.MANAGER, now));
        audit.record(caller.getEmail(), AuditAction.ESPACE_CREATED, "espace", espace.getId(),
                espace.getTradeRegisterNumber() + " " + espace.getOrganisationName());
        return espace;
    }

    public List<EspaceMembership> myMemberships() {
        return espaces.membershipsOf(caller().getId());
    }

    /** The caller's membership of that eSpace. */
    public EspaceMembership myMembership(long espaceId) {
        Account caller = caller();
        return espaces.membership(espaceId, caller.getId()).orElseThrow(() -> denied(caller, espaceId));
    }

    public List<EspaceMembership> members(long espaceId) {
        myMembership(espaceId);
        return espaces.members(espaceId);
    }

    public List<EspaceInvitation> openInvitations(long espaceId) {
        requireManager(espaceId);
        return espaces.openInvitations(espaceId);
    }

    /**
     * A manager invites a person by e-mail address. Returns the token of the link, which is
     * shown once and never stored.
     */
    public String invite(long espaceId, String email) {
        EspaceMembership manager = requireManager(espaceId);
        String normalised = Account.normaliseEmail(email);
        boolean alreadyMember = espaces.members(espaceId).stream()
                .anyMatch(m -> m.getAccount().getEmail().equals(normalised));
        if (alreadyMember) {
            throw new BusinessException("invitation.alreadyMember", normalised + " is already a member");
        }
        Instant now = Instant.now();
        // A form posted twice (a reload, a double click) must not leave two live links for one person.
        boolean alreadyInvited = espaces.openInvitations(espaceId).stream()
                .anyMatch(i -> i.getEmail().equals(normalised) && i.isUsable(now));
        if (alreadyInvited) {
            throw new BusinessException("invitation.alreadyOpen", normalised + " has an open invitation");
        }
        String token = InvitationLink.newToken();
        EspaceInvitation invitation = new EspaceInvitation(manager.getEspace(), normalised, InvitationLink.hash(token),
                manager.getAccount(), now);
        espaces.add(invitation);
        audit.record(manager.getAccount().getEmail(), AuditAction.INVITATION_SENT, "espace", espaceId,
                "invited " + normalised);
        return token;
    }

    /** What the invitation behind a link is, for the page where the invited person accepts it. */
    public EspaceInvitation invitation(String token) {
        Account caller = caller();
        EspaceInvitation invitation = espaces.invitationByTokenHash(InvitationLink.hash(token == null ? "" : token))
                .orElseThrow(() -> new BusinessException("invitation.invalid", "unknown invitation token"));
        if (!invitation.getEmail().equals(caller.getEmail())) {
            audit.recordRefusal(caller.getEmail(), AuditAction.ACCESS_DENIED, "invitation", invitation.getId(),
                    "invitation for another address");
            throw new BusinessException("invitation.otherAddress", "invitation addressed to someone else");
        }
        if (!invitation.isUsable(Instant.now())) {
            throw new BusinessException("invitation.expired", "invitation used or expired");
        }
        return invitation;
    }

    /** The invited person, signed in with the invited address, joins the eSpace. */
    public EspaceMembership accept(String token) {
        EspaceInvitation invitation = invitation(token);
        Account caller = caller();
        Instant now = Instant.now();
        invitation.accept(caller, now);
        long espaceId = invitation.getEspace().getId();
        if (espaces.membership(espaceId, caller.getId()).isPresent()) {
            throw new BusinessException("invitation.alreadyMember", caller.getEmail() + " is already a member");
        }
        EspaceMembership membership = new EspaceMembership(invitation.getEspace(), caller, MembershipRole.MEMBER, now);
        espaces.add(membership);
        audit.record(caller.getEmail(), AuditAction.INVITATION_ACCEPTED, "espace", espaceId, null);
        return membership;
    }

    private EspaceMembership requireManager(long espaceId) {
        EspaceMembership membership = myMembership(espaceId);
        if (!membership.isManager()) {
            throw new BusinessException("espace.managerOnly", "only a manager may do this");
        }
        return membership;
    }

    private NotFoundException denied(Account caller, long espaceId) {
        audit.recordRefusal(caller.getEmail(), AuditAction.ACCESS_DENIED, "espace", espaceId, "not a member");
        return new NotFoundException("espace", espaceId);
    }

    private Account caller() {
        return accounts.getSignedIn(context.getCallerPrincipal());
    }
}
