package lu.alarmis.request;

import java.time.LocalDate;
import java.time.Instant;

/**
 * One line of the staff work queue: what the list shows, read in one query without entities; the
 * due date of an information request the applicant has not answered yet.
 */
public record WorkQueueRow(Long id, RequestState state, Instant submittedAt, String organisationName,
                           String locality, boolean passiveAlarm, boolean activeAlarm, boolean fireAlarm,
                           String assigneeName, LocalDate informationDue) {
}
