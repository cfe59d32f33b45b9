package lu.alarmis.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lu.alarmis.security.Roles;

class AccountTest {

    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    private Account account() {
        return new Account("  Anna.Weber@Example.LU ", "Anna Weber", "$2a$12$x", Set.of(Roles.APPLICANT), now);
    }

    @Test
    void theAddressIsStoredInLowerCase() {
        assertThat(account().getEmail()).isEqualTo("anna.weber@example.lu");
    }

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        Account account = account();
        for (int i = 1; i < Account.MAX_FAILED_LOGINS; i++) {
            assertThat(account.recordFailedLogin(now)).isFalse();
        }
        assertThat(account.recordFailedLogin(now)).isTrue();
        assertThat(account.isLocked(now.plusSeconds(14 * 60))).isTrue();
        assertThat(account.isLocked(now.plusSeconds(15 * 60 + 1))).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        Account account = account();
        account.recordFailedLogin(now);
        account.recordFailedLogin(now);
        account.recordSuccessfulLogin();
        for (int i = 1; i < Account.MAX_FAILED_LOGINS; i++) {
            assertThat(account.recordFailedLogin(now)).isFalse();
        }
    }

    @Test
    void onlyStaffRolesMakeAStaffAccount() {
        assertThat(account().isStaff()).isFalse();
        assertThat(new Account("op@police.lu", "Op", null, Set.of(Roles.CIN_OPERATOR), now).isStaff()).isTrue();
    }

    @Test
    void wrongOneTimeCodesLockTheAccountEvenWithPasswordSignInsInBetween() {
        Account account = account();
        for (int i = 1; i < Account.MAX_FAILED_LOGINS; i++) {
            assertThat(account.recordFailedCode(now)).isFalse();
            account.recordSuccessfulLogin();
        }
        assertThat(account.recordFailedCode(now)).isTrue();
        assertThat(account.isLocked(now.plusSeconds(60))).isTrue();
    }

    @Test
    void theCodeOfATimeStepWorksOnce() {
        Account account = account();
        assertThat(account.isUnusedStep(41_152_263)).isTrue();

        account.acceptCode(41_152_263);

        assertThat(account.isUnusedStep(41_152_263)).isFalse();
        assertThat(account.isUnusedStep(41_152_262)).isFalse();
        assertThat(account.isUnusedStep(41_152_264)).isTrue();
    }
}
