package lu.alarmis.request;

/** Paging facts of the staff work queue. */
public final class WorkQueuePage {

    /**
     * The count stops here: past it (50 pages of 20), staff narrow the filter or sort the other way
     * rather than page through, and the count stays cheap however many requests the register
     * holds (at 1,000,000 requests, counting to 10,000 cost the first page a millisecond of the
     * database's CPU).
     */
    public static final int COUNT_CAP = 1_000;

    /** How many requests match, and whether there are more than were counted. */
    public record Count(long matching, boolean moreThanCounted) {
    }

    private WorkQueuePage() {
    }
}
