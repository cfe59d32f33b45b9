package lu.alarmis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lu.alarmis.account.SignInService;
import lu.alarmis.security.AuthenticationLevel;

class SignedInPersonTest {

    private static final Duration VALIDITY = Duration.ofSeconds(10);
    private static final Instant CHECKED = Instant.parse("2026-11-28T10:00:00Z");

    private final SignedInPerson person = signedIn();

    @Test
    void aNewSessionChecksItsAccountOnItsFirstRequest() {
        assertThat(person.accountCheckDue(0, CHECKED, VALIDITY)).isTrue();
    }

    @Test
    void aCheckHoldsUntilItsValidityEnds() {
        person.accountChecked(3, CHECKED);

        assertThat(person.accountCheckDue(3, CHECKED.plusSeconds(9), VALIDITY)).isFalse();
        assertThat(person.accountCheckDue(3, CHECKED.plusSeconds(10), VALIDITY)).isTrue();
    }

    @Test
    void aWithdrawalOfAccessAnywhereMakesTheCheckDueAtOnce() {
        person.accountChecked(3, CHECKED);

        assertThat(person.accountCheckDue(4, CHECKED.plusMillis(1), VALIDITY)).isTrue();
    }

    @Test
    void signingInAgainForgetsTheLastCheck() {
        person.accountChecked(3, CHECKED);

        person.signedIn(new SignInService.SignedIn("someone@example.lu", "Someone", AuthenticationLevel.PASSWORD,
                Set.of("applicant"), null));

        assertThat(person.accountCheckDue(3, CHECKED.plusSeconds(1), VALIDITY)).isTrue();
    }

    private static SignedInPerson signedIn() {
        SignedInPerson person = new SignedInPerson();
        person.signedIn(new SignInService.SignedIn("someone@example.lu", "Someone", AuthenticationLevel.PASSWORD,
                Set.of("applicant"), null));
        return person;
    }
}
