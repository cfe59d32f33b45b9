package lu.alarmis.web.format;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import lu.alarmis.web.Messages;

/**
 * A whole number from 0 to 9999 in a filter ({@code ?minDays=30}); anything else is refused with
 * a message that names the filter, never ignored.
 */
@FacesConverter("alarmis.WholeNumber")
public class WholeNumberConverter implements Converter<Integer> {

    private static final int MAX_DIGITS = 4;

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        if (digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String text = Messages.text("filter.notAWholeNumber", EnumConverters.parameterName(component), value);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return Integer.valueOf(digits);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
    }
}
