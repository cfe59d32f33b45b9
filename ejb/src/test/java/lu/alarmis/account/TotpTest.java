package lu.alarmis.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 6238, appendix B (SHA-1, the last six of its eight digits). */
class TotpTest {

    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theSecretOfTheRfcEncodesAsItsKnownBase32() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.unbase32(RFC_SECRET)).isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void codesMatchTheRfcTestVectors() {
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
    }

    @Test
    void aCodeOfTheNeighbouringStepIsAcceptedButNotOlder() {
        Instant now = Instant.ofEpochSecond(1234567890);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.minusSeconds(30)), now)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.minusSeconds(90)), now)).isEmpty();
    }

    @Test
    void somethingThatIsNotSixDigitsIsRefused() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SECRET, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
        assertThat(Totp.matchingStep(null, "287082", now)).isEmpty();
    }

    @Test
    void newSecretsAre160BitsOfBase32() {
        assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
    }

    @Test
    void theMatchingTimeStepIsReportedSoThatACodeCannotBeReplayed() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long current = 1234567890 / 30;

        assertThat(Totp.matchingStep(RFC_SECRET, "005924", now)).hasValue(current);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.plusSeconds(30)), now)).hasValue(current + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, "000000".equals(Totp.codeAt(RFC_SECRET, now)) ? "111111" : "000000", now))
                .isEmpty();
    }
}
