package lu.alarmis.partner.post;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;

import lu.alarmis.security.Roles;

/**
 * Applies the parked messages of POST that waited for something that now exists. Called inside
 * the transaction that made it exist (by whoever made it), it acts as the POST inbound identity,
 * the only one allowed to apply POST's answers.
 * <p>
 * Every minute it also applies again what was parked in the last ten minutes ({@link #RECENT}): a
 * message parked while what it waits for was appearing, in a transaction that committed after that
 * one looked for parked messages, would otherwise wait for good.
 */
@Stateless
@RunAs(Roles.POST_INBOUND)
@PermitAll
public class ParkedPostMessages {

    static final Duration RECENT = Duration.ofMinutes(10);

    @EJB
    private PostInboundService inbound;

    public void applyWaitingFor(String parkKey) {
        inbound.applyParked(parkKey);
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void applyRecentlyParked() {
        inbound.applyParkedSince(Instant.now().minus(RECENT));
    }
}
