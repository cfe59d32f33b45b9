package lu.alarmis.compliance;

/**
 * A connection's one standing on the compliance dashboard: the first that applies of suspended,
 * remediation, overdue, due soon (within {@link #DUE_SOON_DAYS} days), compliant. An ended
 * connection owes nothing and is counted nowhere.
 */
public enum ComplianceState {
    COMPLIANT, DUE_SOON, OVERDUE, REMEDIATION, SUSPENDED, ENDED;

    public static final int DUE_SOON_DAYS = 60;

    /** The five the dashboard counts, in its order. */
    public static final java.util.List<ComplianceState> COUNTED = java.util.List.of(COMPLIANT, DUE_SOON, OVERDUE,
            REMEDIATION, SUSPENDED);
}
