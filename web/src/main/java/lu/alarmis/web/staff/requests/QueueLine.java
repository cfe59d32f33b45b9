package lu.alarmis.web.staff.requests;

import java.io.Serializable;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.StringJoiner;

import lu.alarmis.request.WorkQueueRow;
import lu.alarmis.web.format.InstantConverter;

/**
 * One line of the work queue as the page writes it: every cell's text worked out once in Java, in
 * the page's language, so that each cell is one plain property for the page to read. (Twenty rows
 * of cells that looked messages up, joined keys and converted dates in EL took about a third of
 * the page's CPU.) The property names are the table's sort fields.
 */
public record QueueLine(long id, String number, String submittedAt, String state, String organisationName,
                        String locality, String alarmTypes, String assignee) implements Serializable {

    /** @param today the day an information request's due date is compared with */
    static QueueLine of(WorkQueueRow row, ResourceBundle messages, Locale locale, java.time.LocalDate today) {
        StringJoiner types = new StringJoiner(", ");
        if (row.passiveAlarm()) {
            types.add(messages.getString("queue.alarmType.PASSIVE"));
        }
        if (row.activeAlarm()) {
            types.add(messages.getString("queue.alarmType.ACTIVE"));
        }
        if (row.fireAlarm()) {
            types.add(messages.getString("queue.alarmType.FIRE"));
        }
        return new QueueLine(row.id(), messages.getString("request.number.prefix") + row.id(),
                row.submittedAt() == null ? "" : InstantConverter.format(row.submittedAt(), locale),
                state(row, messages, locale, today), row.organisationName(), row.locality(),
                types.toString(), row.assigneeName() == null ? "" : row.assigneeName());
    }

    /** The state, and for an information request its due date, said overdue once it has passed. */
    private static String state(WorkQueueRow row, ResourceBundle messages, Locale locale, java.time.LocalDate today) {
        String state = messages.getString("request.state." + row.state().name());
        if (row.informationDue() == null) {
            return state;
        }
        String due = lu.alarmis.web.format.LocalDateConverter.format(row.informationDue(), locale);
        return row.informationDue().isBefore(today)
                ? java.text.MessageFormat.format(messages.getString("queue.informationOverdueSince"), state, due)
                : java.text.MessageFormat.format(messages.getString("queue.informationDueBy"), state, due);
    }
}
