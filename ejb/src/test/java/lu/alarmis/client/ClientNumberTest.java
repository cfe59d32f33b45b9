package lu.alarmis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientNumberTest {

    @Test
    void formatsYearSequenceAndLuhnCheckDigit() {
        // Luhn over 2026000123: the check digit that makes the sum a multiple of ten.
        assertThat(ClientNumber.of(2026, 123).value()).isEqualTo("AL-2026-000123-" + ClientNumber.checkDigit("2026000123"));
        assertThat(ClientNumber.of(2026, 123).value()).matches("AL-2026-000123-[0-9]");
        assertThat(ClientNumber.checkDigit("7992739871")).isEqualTo(3); // the textbook Luhn example
    }

    @Test
    void everySingleDigitMistakeIsNoticed() {
        String number = ClientNumber.of(2026, 4711).value();
        assertThat(ClientNumber.isValid(number)).isTrue();
        for (int position = 3; position < number.length(); position++) {
            char original = number.charAt(position);
            if (!Character.isDigit(original)) {
                continue;
            }
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != original) {
                    String typo = number.substring(0, position) + digit + number.substring(position + 1);
                    assertThat(ClientNumber.isValid(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @Test
    void differentSequencesGiveDifferentNumbers() {
        Set<String> seen = new HashSet<>();
        for (long sequence = 1; sequence <= 5000; sequence++) {
            assertThat(seen.add(ClientNumber.of(2026, sequence).value())).isTrue();
        }
    }

    @Test
    void refusesWhatIsNotAClientNumber() {
        assertThat(ClientNumber.isValid(null)).isFalse();
        assertThat(ClientNumber.isValid("AL-2026-123-4")).isFalse();
        assertThatThrownBy(() -> new ClientNumber("AL-2026-000123-0".replace("-0", "-" + ((ClientNumber.checkDigit("2026000123") + 1) % 10))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientNumber.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientNumber.of(2026, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
