package lu.alarmis.decision;

/** What kind of record an intended decision concerns; each kind has one {@link DecisionSubject}. */
public enum SubjectKind {
    CONNECTION
}
