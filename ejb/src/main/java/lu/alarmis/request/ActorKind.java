package lu.alarmis.request;

/** Who acted: the applicant, the police (PGD), POST Luxembourg, or the system itself. */
public enum ActorKind {
    APPLICANT,
    PGD,
    POST,
    SYSTEM
}
