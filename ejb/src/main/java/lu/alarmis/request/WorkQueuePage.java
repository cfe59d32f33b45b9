package lu.alarmis.request;

/** Paging facts of the staff work queue. */
public final class WorkQueuePage {

    /**
     * The count stops here: past it, staff narrow the filter rather than page through, and the
     * count stays cheap however many requests the register holds.
     */
    public static final int COUNT_CAP = 10_000;

    /** How many requests match, and whether there are more than were counted. */
    public record Count(long matching, boolean moreThanCounted) {
    }

    private WorkQueuePage() {
    }
}
