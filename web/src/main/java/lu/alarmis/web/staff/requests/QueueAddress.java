package lu.alarmis.web.staff.requests;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import lu.alarmis.request.WorkQueueFilter;

/**
 * The work queue as a staff member last opened it, so that "Back to the work queue" on a request
 * returns to the same filters (rebuilt from the validated filter, never copied from the address),
 * and, by the table's multiViewState, to the same page and sort order. Another filter starts on
 * the first page, oldest first.
 */
@Named("queueAddress")
@SessionScoped
public class QueueAddress implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String QUEUE = "/staff/requests/index.xhtml";
    static final String TABLE = "queue:requests";

    private String query = "";

    /** f:viewAction of the queue, once its filter has been read from the address and validated. */
    public void remember(WorkQueueFilter filter) {
        String shown = queryOf(filter);
        if (!shown.equals(query)) {
            PrimeFaces.current().multiViewState().clear(QUEUE, TABLE);
        }
        query = shown;
    }

    /** The queue's address (within the application) as last opened. */
    public String getPath() {
        return path(query);
    }

    /** The address (within the application) of the queue filtered this way, as the queue reads it. */
    public static String pathOf(WorkQueueFilter filter) {
        return path(queryOf(filter));
    }

    private static String path(String query) {
        return query.isEmpty() ? QUEUE : QUEUE + "?" + query;
    }

    static String queryOf(WorkQueueFilter filter) {
        StringJoiner query = new StringJoiner("&");
        if (filter.getState() != null) {
            query.add("state=" + filter.getState().name());
        }
        if (filter.getLocality() != null && !filter.getLocality().isBlank()) {
            query.add("locality=" + URLEncoder.encode(filter.getLocality().strip(), StandardCharsets.UTF_8));
        }
        if (filter.getAlarmType() != null) {
            query.add("alarmType=" + filter.getAlarmType().name());
        }
        if (filter.getAssignment() != WorkQueueFilter.Assignment.ANYONE) {
            query.add("assignee=" + filter.getAssignment().name());
        }
        if (filter.getMinDaysWaiting() != null) {
            query.add("minDays=" + filter.getMinDaysWaiting());
        }
        if (filter.isProposed()) {
            query.add("proposed=true");
        }
        if (filter.isInformationOverdue()) {
            query.add("informationOverdue=true");
        }
        return query.toString();
    }
}
