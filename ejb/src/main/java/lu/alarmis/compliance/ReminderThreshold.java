package lu.alarmis.compliance;

/**
 * When a reminder goes: 60, 30 and 7 days before a due date, and once it has passed. A due date
 * gets the nearest threshold it has reached: one first seen 20 days ahead gets the 30 days'
 * reminder, then the 7 days', never the 60 days' late.
 */
public enum ReminderThreshold {
    DAYS_60(60), DAYS_30(30), DAYS_7(7), OVERDUE(-1);

    private final int daysBefore;

    ReminderThreshold(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    public int daysBefore() {
        return daysBefore;
    }

    /** The band of days left (inclusive) in which this threshold is the one reached; overdue: below 0. */
    public int fromDaysLeft() {
        return switch (this) {
            case DAYS_60 -> 31;
            case DAYS_30 -> 8;
            case DAYS_7 -> 0;
            case OVERDUE -> Integer.MIN_VALUE;
        };
    }

    public int toDaysLeft() {
        return this == OVERDUE ? -1 : daysBefore;
    }
}
