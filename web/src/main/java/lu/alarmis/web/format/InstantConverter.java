package lu.alarmis.web.format;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import lu.alarmis.common.Luxembourg;
import lu.alarmis.web.Messages;

/**
 * Shows an instant as a date and time in Luxembourg, written the way the page's language writes
 * them (e.g. "28 Nov 2026, 14:05:09", "28 nov. 2026, 14:05:09"), never as an ISO instant in UTC.
 * <p>
 * Faces applies it to every {@link Instant} on the pages: {@code faces-config.xml} registers it
 * for the class (Mojarra takes only the id from an annotation that names both). A table that
 * shows many instants names it ({@code converter="alarmis.Instant"}), which spares Faces looking
 * a converter up for each row.
 */
@FacesConverter(InstantConverter.ID)
public class InstantConverter implements Converter<Instant> {

    public static final String ID = "alarmis.Instant";

    private static final Map<Locale, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : format(value, context.getViewRoot().getLocale());
    }

    /** Reads back what {@link #getAsString} writes (no page takes an instant as input today). */
    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value.strip(), context.getViewRoot().getLocale());
        } catch (DateTimeParseException e) {
            String text = Messages.text("form.dateTimeInvalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    /** The instant as a reader of that language reads a date and time in Luxembourg. */
    public static String format(Instant value, Locale locale) {
        return formatter(locale).format(value);
    }

    /** A date and time as {@link #format} writes it, read back as the instant it names. */
    static Instant parse(String text, Locale locale) {
        return formatter(locale).parse(text, Instant::from);
    }

    private static DateTimeFormatter formatter(Locale locale) {
        return FORMATS.computeIfAbsent(locale, key -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(european(key)).withZone(Luxembourg.ZONE));
    }

    /** English as Europe writes it: day before month, a 24-hour clock ("1 Aug 2026, 17:43:26"). */
    static Locale european(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) && locale.getCountry().isEmpty()
                ? Locale.UK : locale;
    }
}
