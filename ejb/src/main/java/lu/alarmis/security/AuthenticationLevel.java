package lu.alarmis.security;

/** How strongly the person behind a session proved who they are. */
public enum AuthenticationLevel {
    /** Nobody signed in. */
    NONE,
    /** E-mail address and password. */
    PASSWORD,
    /** Password plus a LuxTrust one-time code, or a LuxTrust / eID certificate. */
    STRONG
}
