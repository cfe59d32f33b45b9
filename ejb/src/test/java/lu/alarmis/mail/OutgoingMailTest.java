package lu.alarmis.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A mail that could not be sent waits longer and longer, at most an hour; its Message-ID stays. */
class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void eachFailureDoublesTheWaitUpToAnHour() {
        OutgoingMail mail = new OutgoingMail("<id@alarmis.test>", "a@example.test", "en", MailTemplate.ESPACE_NOTICE,
                "s", "t", "h", NOW);
        long[] expectedMinutes = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long minutes : expectedMinutes) {
            mail.failed("Connection refused", NOW);
            assertThat(Duration.between(NOW, mail.getNextAttemptAt()).toMinutes()).isEqualTo(minutes);
        }
        assertThat(mail.getAttempts()).isEqualTo(expectedMinutes.length);
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
        mail.sent(NOW);
        assertThat(mail.getSentAt()).isEqualTo(NOW);
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.getMessageId()).isEqualTo("<id@alarmis.test>");
    }

    @Test
    void theHtmlOfAMailEscapesWhatItIsGiven() {
        assertThat(Mails.escape("<script>\"O'Brien\" & Co</script>"))
                .isEqualTo("&lt;script&gt;&quot;O&#39;Brien&quot; &amp; Co&lt;/script&gt;");
    }
}
