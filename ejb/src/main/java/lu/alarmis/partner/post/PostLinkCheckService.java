package lu.alarmis.partner.post;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.security.Roles;

/** Staff ask POST Luxembourg to confirm that the partner link works end to end. */
@Stateless
public class PostLinkCheckService {

    static final String MESSAGE_TYPE = "LINK_CHECK";
    static final String SCHEMA_VERSION = "1.0";

    @Inject
    private PostOutboundSender sender;

    /** @return the id of the message sent, which POST's answer will carry as its correlation id. */
    @RolesAllowed({Roles.CIN_SUPERVISOR, Roles.ADMIN})
    public String requestLinkCheck() {
        String messageId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String body = "<linkCheck xmlns=\"urn:lu:alarmis:post:1\"><sentAt>" + now + "</sentAt></linkCheck>";
        sender.send(new PartnerMessage(MessageDirection.OUTBOUND, messageId, MESSAGE_TYPE, SCHEMA_VERSION,
                null, body, now));
        return messageId;
    }
}
