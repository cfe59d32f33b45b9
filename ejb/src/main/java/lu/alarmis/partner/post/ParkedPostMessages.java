package lu.alarmis.partner.post;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import lu.alarmis.security.Roles;

/**
 * Applies the parked messages of POST that waited for something that now exists. Called inside
 * the transaction that made it exist (by whoever made it), it acts as the POST inbound identity,
 * the only one allowed to apply POST's answers.
 */
@Stateless
@RunAs(Roles.POST_INBOUND)
@PermitAll
public class ParkedPostMessages {

    @EJB
    private PostInboundService inbound;

    public void applyWaitingFor(String parkKey) {
        inbound.applyParked(parkKey);
    }
}
