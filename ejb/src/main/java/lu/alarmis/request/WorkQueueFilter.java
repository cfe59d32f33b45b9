package lu.alarmis.request;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the staff work queue shows: which states, which locality, which alarm type, whose, how
 * old, sorted how. Everything here becomes a condition of the database query.
 */
public class WorkQueueFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every state a submitted request can be in until it is decided or withdrawn. */
    public static final Set<RequestState> OPEN = EnumSet.of(RequestState.SUBMITTED, RequestState.POST_CHECK,
            RequestState.POST_REJECTED, RequestState.IN_REVIEW, RequestState.INFO_REQUESTED);

    public enum AlarmType { PASSIVE, ACTIVE, FIRE }

    public enum Assignment { ANYONE, MINE, UNASSIGNED }

    public enum SortField { SUBMITTED_AT, STATE, LOCALITY, ORGANISATION }

    /** One state, or null for all open ones. */
    private RequestState state;
    private boolean includeClosed;
    private String locality;
    private AlarmType alarmType;
    private Assignment assignment = Assignment.ANYONE;
    /** Only requests submitted at least this many days ago. */
    private Integer minDaysWaiting;
    /** Only requests in review with an operator's proposal: what waits for a supervisor's decision. */
    private boolean proposed;
    /** Only information requests whose due date has passed without an answer. */
    private boolean informationOverdue;
    private SortField sortField = SortField.SUBMITTED_AT;
    private boolean ascending = true;

    public Set<RequestState> states() {
        if (state != null) {
            return EnumSet.of(state);
        }
        if (includeClosed) {
            return EnumSet.complementOf(EnumSet.of(RequestState.DRAFT));
        }
        return OPEN;
    }

    /** All open requests, whatever their state: the queue's default, served by its own index. */
    public boolean isDefaultOpenQueue() {
        return getState() == null && !includeClosed;
    }

    public RequestState getState() {
        return state == RequestState.DRAFT ? null : state;
    }

    public void setState(RequestState state) {
        this.state = state;
    }

    public boolean isIncludeClosed() {
        return includeClosed;
    }

    public void setIncludeClosed(boolean includeClosed) {
        this.includeClosed = includeClosed;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public AlarmType getAlarmType() {
        return alarmType;
    }

    public void setAlarmType(AlarmType alarmType) {
        this.alarmType = alarmType;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public void setAssignment(Assignment assignment) {
        this.assignment = assignment == null ? Assignment.ANYONE : assignment;
    }

    public Integer getMinDaysWaiting() {
        return minDaysWaiting;
    }

    public void setMinDaysWaiting(Integer minDaysWaiting) {
        this.minDaysWaiting = minDaysWaiting;
    }

    public boolean isProposed() {
        return proposed;
    }

    public void setProposed(boolean proposed) {
        this.proposed = proposed;
    }

    public boolean isInformationOverdue() {
        return informationOverdue;
    }

    public void setInformationOverdue(boolean informationOverdue) {
        this.informationOverdue = informationOverdue;
    }

    public SortField getSortField() {
        return sortField;
    }

    public void setSortField(SortField sortField) {
        this.sortField = sortField == null ? SortField.SUBMITTED_AT : sortField;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }
}
