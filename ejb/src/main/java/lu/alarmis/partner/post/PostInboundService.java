package lu.alarmis.partner.post;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.security.Roles;

/**
 * Applies messages from POST Luxembourg. Idempotent by message id: a message that arrives
 * twice (redelivery, resend by POST, replay after a restart) is recorded and applied once.
 */
@Stateless
public class PostInboundService {

    private static final Logger LOG = Logger.getLogger(PostInboundService.class.getName());

    @Inject
    private PartnerMessageRepository messages;

    /** @return {@code true} if the message was new and applied, {@code false} for a duplicate. */
    @RolesAllowed(Roles.POST_INBOUND)
    public boolean accept(InboundPostMessage message) {
        if (messages.findByMessageId(MessageDirection.INBOUND, message.messageId()).isPresent()) {
            LOG.info(() -> "Duplicate POST message " + message.messageId() + " ignored");
            return false;
        }
        messages.add(new PartnerMessage(MessageDirection.INBOUND, message.messageId(), message.messageType(),
                message.schemaVersion(), message.correlationId(), message.body(), Instant.now()));
        return true;
    }
}
