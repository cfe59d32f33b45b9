package lu.alarmis.decision;

/** What kind of record an intended decision concerns; each kind has one {@link DecisionSubject}. */
public enum SubjectKind {
    CONNECTION,
    /** A certification request whose eSpace acts for a client (certified). */
    CERTIFICATION
}
