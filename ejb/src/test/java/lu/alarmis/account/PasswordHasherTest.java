package lu.alarmis.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashesAreSaltedBcryptInModularCryptFormat() {
        String first = PasswordHasher.hash("correct horse battery staple");
        String second = PasswordHasher.hash("correct horse battery staple");

        assertThat(first).startsWith("$2a$12$").hasSize(60).isNotEqualTo(second);
        assertThat(PasswordHasher.matches("correct horse battery staple", first)).isTrue();
        assertThat(PasswordHasher.matches("correct horse battery stapler", first)).isFalse();
    }
}
