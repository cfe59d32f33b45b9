package lu.alarmis.web.format;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The number of a record in an address ({@code view.xhtml?id=42}). Text that is no record number
 * ({@code id=abc}, {@code id=-1}, too many digits) reads as no number at all, so that the page
 * answers it as it answers an unknown number: "Page not found", never a conversion error.
 */
@FacesConverter("alarmis.RecordId")
public class RecordIdConverter implements Converter<Long> {

    private static final int MAX_DIGITS = 18;

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }

    /** A positive number of at most 18 digits, or null. */
    public static Long parse(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_DIGITS
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long number = Long.parseLong(value);
        return number > 0 ? number : null;
    }
}
