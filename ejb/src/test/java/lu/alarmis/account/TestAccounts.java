package lu.alarmis.account;

import java.time.Instant;
import java.util.Set;

/** Accounts for unit tests of other areas (the constructor is the account area's own). */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static Account person(String email, String... roles) {
        return new Account(email, "Person " + email, "$2a$12$notarealhashnotarealhashnotarealhashnotarealhashno",
                Set.of(roles), Instant.parse("2026-01-01T00:00:00Z"));
    }
}
