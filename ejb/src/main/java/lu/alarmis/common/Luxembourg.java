package lu.alarmis.common;

import java.time.ZoneId;

/** The police's clock: the time zone in which dates, due dates and the client number's year are counted and shown. */
public final class Luxembourg {

    public static final ZoneId ZONE = ZoneId.of("Europe/Luxembourg");

    private Luxembourg() {
    }
}
