package lu.alarmis.client;

/** Where a client or a connection of the register came from. */
public enum RegisterOrigin {
    /** A connection request approved in this service. */
    REQUEST,
    /** The register kept before this service, imported from its file. */
    LEGACY
}
