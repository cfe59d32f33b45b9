package lu.alarmis.client;

/** Who acted on the register. */
public enum RegisterActor {
    /** A member of the Alarmis section (Police grand-ducale). */
    PGD,
    /** POST Luxembourg, through the partner link. */
    POST,
    /** A member of a client's business eSpace. */
    CLIENT,
    /** The import of the legacy register's file. */
    LEGACY_IMPORT,
    /** The daily run of the yearly obligations (an obligation became overdue). */
    SYSTEM
}
