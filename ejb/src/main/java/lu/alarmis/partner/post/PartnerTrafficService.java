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
    /** Counting stops here: "more than 10,000" is all a page needs to say. */
    public static final int COUNT_CAP = 10_000;

    @Inject
    private PartnerMessageRepository messages;

    public Optional<PartnerMessage> findMessage(MessageDirection direction, String messageId) {
        return messages.findByMessageId(direction, messageId);
    }

    public Optional<PartnerMessage> findMessage(long id) {
        return messages.find(id);
    }

    public List<PartnerMessage> latest(int max) {
        return messages.latest(Math.min(max, PAGE_MAX));
    }

    /** One page of the traffic, newest first. */
    public List<PartnerMessage> page(PartnerTrafficFilter filter, int first, int size) {
        return messages.matching(filter, Math.max(0, first), Math.min(Math.max(1, size), PAGE_MAX));
    }

    /** How many messages match, counted up to {@link #COUNT_CAP} + 1. */
    public long count(PartnerTrafficFilter filter) {
        return messages.countMatching(filter, COUNT_CAP + 1);
    }

    /** The messages about these connections of the register (a client's page), newest first. */
    @RolesAllowed({Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR, Roles.ADMIN})
    public List<PartnerMessage> aboutConnections(List<Long> connectionIds) {
        return connectionIds.isEmpty() ? List.of() : messages.aboutConnections(connectionIds, PAGE_MAX);
    }
}
