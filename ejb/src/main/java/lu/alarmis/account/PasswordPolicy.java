package lu.alarmis.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (after NIST SP 800-63B): long enough, not the person's own address,
 * not one of the passwords everyone tries first. No composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** A violated rule; its key names the explanation in the web bundle. */
    public enum Violation {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        CONTAINS_EMAIL("password.containsEmail"),
        TOO_COMMON("password.tooCommon");

        private final String messageKey;

        Violation(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final Set<String> COMMON = Set.of(
            "123456789012", "password1234", "passwort1234", "motdepasse12", "azertyuiop12",
            "qwertyuiop12", "luxembourg12", "luxembourg2026", "alarmis12345", "administrator",
            "iloveyou1234", "000000000000", "111111111111", "abcdefghijkl", "welcome12345");

    private PasswordPolicy() {
    }

    public static List<Violation> check(String password, String email) {
        List<Violation> violations = new ArrayList<>();
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            violations.add(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            violations.add(Violation.TOO_LONG);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        String localPart = email == null ? "" : Account.normaliseEmail(email).replaceAll("@.*", "");
        if (localPart.length() >= 4 && lower.contains(localPart)) {
            violations.add(Violation.CONTAINS_EMAIL);
        }
        if (COMMON.contains(lower)) {
            violations.add(Violation.TOO_COMMON);
        }
        return violations;
    }
}
