package lu.alarmis.web.format;

import java.time.LocalDate;
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
 * Shows a date the way the page's language writes it, like the dates of {@link InstantConverter}
 * ("18 Dec 2026", "18 déc. 2026", "18.12.2026"), never as "2026-12-18". For output only
 * ({@code converter="alarmis.Date"}): date inputs are the browser's own date fields.
 */
@FacesConverter("alarmis.Date")
public class LocalDateConverter implements Converter<LocalDate> {

    private static final Map<Locale, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : format(value, context.getViewRoot().getLocale());
    }

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("alarmis.Date shows dates; it reads none");
    }

    /** The date as the language writes it, also for text built in Java. */
    public static String format(LocalDate value, Locale locale) {
        return FORMATS.computeIfAbsent(locale, key -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(InstantConverter.european(key))).format(value);
    }
}
