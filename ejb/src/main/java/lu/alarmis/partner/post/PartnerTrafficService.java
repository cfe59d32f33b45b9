package lu.alarmis.partner.post;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.security.Roles;

/** What staff may read of the traffic with POST Luxembourg. */
@Stateless
@RolesAllowed({Roles.CIN_SUPERVISOR, Roles.ADMIN})
public class PartnerTrafficService {

    private static final int PAGE_MAX = 200;

    @Inject
    private PartnerMessageRepository messages;

    public Optional<PartnerMessage> findMessage(MessageDirection direction, String messageId) {
        return messages.findByMessageId(direction, messageId);
    }

    public List<PartnerMessage> latest(int max) {
        return messages.latest(Math.min(max, PAGE_MAX));
    }
}
