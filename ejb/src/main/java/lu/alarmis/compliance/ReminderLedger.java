package lu.alarmis.compliance;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The record of the reminders sent, for the areas that remind of due dates of their own: a
 * reminder is sent only if {@link #firstTime} says so, and then exists once (the database's
 * unique key enforces it whatever runs twice).
 */
@ApplicationScoped
public class ReminderLedger {

    @Inject
    private ComplianceRepository compliance;

    @Inject
    private Clock clock;

    /**
     * Records the reminder of that due date at that threshold, on the run's day. @return whether it
     * is new (send it), or had been sent before (send nothing)
     */
    public boolean firstTime(Obligation obligation, long subjectId, LocalDate dueOn, ReminderThreshold threshold,
                             LocalDate day) {
        if (compliance.reminded(obligation, subjectId, dueOn, threshold)) {
            return false;
        }
        compliance.add(new Reminder(obligation, subjectId, dueOn, threshold, day, clock.instant()));
        return true;
    }
}
