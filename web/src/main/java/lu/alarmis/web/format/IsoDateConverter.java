package lu.alarmis.web.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import lu.alarmis.web.Messages;

/**
 * A day as the browser's date field and the address carry it ({@code 2026-12-18}); anything else is
 * refused with a message that names the field or parameter.
 */
@FacesConverter("alarmis.IsoDate")
public class IsoDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            String text = Messages.text("filter.notADate", EnumConverters.parameterName(component), value);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
