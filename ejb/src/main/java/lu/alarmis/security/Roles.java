package lu.alarmis.security;

/** Role names, shared by {@code @RolesAllowed}, {@code @RunAs} and the Elytron domain. */
public final class Roles {

    /** A member of a business eSpace. */
    public static final String APPLICANT = "applicant";
    /** CIN Alarmis section: reviews, asks for information, proposes. */
    public static final String CIN_OPERATOR = "cin-operator";
    /** CIN Alarmis section: decides (four eyes), exceptions, suspensions. */
    public static final String CIN_SUPERVISOR = "cin-supervisor";
    /** Administers staff accounts and the partner link. */
    public static final String ADMIN = "admin";
    /**
     * POST Luxembourg's system on the broker: may send to PostInbound and consume from PostOutbound,
     * nothing else (config/configure-server.cli); never a person, never a door of the web.
     */
    public static final String POST_PARTNER = "post-partner";
    /** Identity under which messages from POST Luxembourg are processed (never a person). */
    public static final String POST_INBOUND = "post-inbound";
    /** Identity under which the outbox relay puts committed messages on PostOutbound (never a person). */
    public static final String POST_OUTBOX = "post-outbox";

    /** Identity under which the mail relay reads and marks the outbox (never a person). */
    public static final String MAIL_OUTBOX = "mail-outbox";

    /** Identity under which the daily run of the yearly obligations works (never a person). */
    public static final String DAILY_JOB = "daily-job";

    /** The roles of PGD staff accounts. */
    public static final java.util.Set<String> STAFF = java.util.Set.of(CIN_OPERATOR, CIN_SUPERVISOR, ADMIN);

    /** Whether these roles make a member of PGD staff. */
    public static boolean includeStaff(java.util.Set<String> roles) {
        return roles.stream().anyMatch(STAFF::contains);
    }

    private Roles() {
    }
}
