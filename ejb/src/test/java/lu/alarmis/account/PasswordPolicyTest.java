package lu.alarmis.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import lu.alarmis.account.PasswordPolicy.Violation;

class PasswordPolicyTest {

    @Test
    void aLongPhraseIsAccepted() {
        assertThat(PasswordPolicy.check("correct horse battery staple", "anna@example.lu")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertThat(PasswordPolicy.check("abcdefghijk", "anna@example.lu")).containsExactly(Violation.TOO_SHORT);
    }

    @Test
    void morethan128CharactersAreTooLong() {
        assertThat(PasswordPolicy.check("x".repeat(129), "anna@example.lu")).containsExactly(Violation.TOO_LONG);
    }

    @Test
    void thePersonsOwnAddressIsRefused() {
        assertThat(PasswordPolicy.check("my name is Anna.Weber!", "anna.weber@example.lu"))
                .containsExactly(Violation.CONTAINS_EMAIL);
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(PasswordPolicy.check("Password1234", "anna@example.lu")).containsExactly(Violation.TOO_COMMON);
    }
}
