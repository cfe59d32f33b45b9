package lu.alarmis.common;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one place the application's clock comes from: what decides a due date, a reminder, an
 * overdue state or a remediation reads the injected {@link Clock}, never the system's directly, so
 * that a test can set the day (the test deployments add an alternative of higher priority).
 */
@ApplicationScoped
public class Clocks {

    /**
     * Luxembourg's wall clock: due dates are counted in its days. (Serializable, as the view-scoped
     * pages that read it need.)
     */
    @Produces
    public Clock clock() {
        return Clock.system(Luxembourg.ZONE);
    }
}
