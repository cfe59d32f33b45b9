package lu.alarmis.it.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import lu.alarmis.common.Luxembourg;

/**
 * The application's clock in the deployments of the tests that move time ({@link
 * Deployments#applicationWithClock}): Luxembourg's wall clock shifted by an offset the test sets.
 * It lives in the EAR's library folder, seen by the EJB module, and replaces {@code Clocks}'
 * producer there by its priority. Every instant it gives moves on with the real time; the clocks it
 * gives out all follow the offset the test sets last.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock {

    /** One per deployment (the class is in its library folder); static, so that the clocks given out can be serialized. */
    private static volatile Duration offset = Duration.ZERO;

    @Produces
    Clock clock() {
        return new Shifted();
    }

    /** From now on, today is {@code day} (at the present time of day, also across a change to or from summer time). */
    public void moveTo(LocalDate day) {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(Luxembourg.ZONE);
        offset = Duration.between(now, now.with(day));
    }

    /** Back to the real day. */
    public void reset() {
        offset = Duration.ZERO;
    }

    public LocalDate today() {
        return LocalDate.now(new Shifted());
    }

    private static final class Shifted extends Clock implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public ZoneId getZone() {
            return Luxembourg.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset); // only the application's own zone follows later moves
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
