package lu.alarmis.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private static final Instant SUMMER = Instant.parse("2026-08-01T15:43:26Z"); // CEST, UTC+2
    private static final Instant WINTER = Instant.parse("2026-11-28T23:30:00Z"); // CET, UTC+1: already the 29th

    @Test
    void englishReadsDayMonthYearAndA24HourClockInLuxembourgTime() {
        assertThat(InstantConverter.format(SUMMER, Locale.ENGLISH)).isEqualTo("1 Aug 2026, 17:43:26");
        assertThat(InstantConverter.format(WINTER, Locale.ENGLISH)).isEqualTo("29 Nov 2026, 00:30:00");
    }

    @Test
    void frenchAndGermanReadTheirOwnWay() {
        assertThat(InstantConverter.format(SUMMER, Locale.FRENCH)).isEqualTo("1 août 2026, 17:43:26");
        assertThat(InstantConverter.format(SUMMER, Locale.GERMAN)).isEqualTo("01.08.2026, 17:43:26");
    }

    @Test
    void whatIsShownReadsBackAsTheSameInstant() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN}) {
            for (Instant instant : new Instant[] {SUMMER, WINTER}) {
                assertThat(InstantConverter.parse(InstantConverter.format(instant, language), language))
                        .as("%s in %s", instant, language).isEqualTo(instant);
            }
        }
    }
}
