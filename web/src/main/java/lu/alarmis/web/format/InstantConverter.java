package lu.alarmis.web.format;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Shows an instant as a date and time in Luxembourg, written the way the page's language writes
 * them (e.g. "28 Nov 2026, 14:05:09", "28 nov. 2026, 14:05:09"), never as an ISO instant in UTC.
 * Applies to every {@link Instant} on the pages. A table that shows many of them names it
 * ({@code converter="alarmis.Instant"}), which spares Faces looking up a converter for each row.
 */
@FacesConverter(value = InstantConverter.ID, forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    public static final String ID = "alarmis.Instant";

    /** The police's clock: the time staff and applicants live by. */
    public static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    private static final Map<Locale, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : format(value, context.getViewRoot().getLocale());
    }

    /** No page takes an instant as input: dates are entered as dates (see {@code form.dateInvalid}). */
    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("instants are shown, never entered");
    }

    /** English as Europe writes it: day before month, a 24-hour clock ("1 Aug 2026, 17:43:26"). */
    private static Locale european(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) && locale.getCountry().isEmpty()
                ? Locale.UK : locale;
    }

    /** The instant as a reader of that language reads a date and time in Luxembourg. */
    static String format(Instant value, Locale locale) {
        return FORMATS.computeIfAbsent(locale,
                key -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(european(key)).withZone(LUXEMBOURG)).format(value);
    }
}
