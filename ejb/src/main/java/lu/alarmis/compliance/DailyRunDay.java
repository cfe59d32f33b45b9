package lu.alarmis.compliance;

import java.time.LocalDate;

/**
 * The daily run runs for this day, in its transaction: the areas that keep due dates of their own
 * (the information requests of connection requests) send that day's reminders through
 * {@link ReminderLedger}, so that each exists once, like the yearly obligations' own.
 */
public record DailyRunDay(LocalDate day) {
}
