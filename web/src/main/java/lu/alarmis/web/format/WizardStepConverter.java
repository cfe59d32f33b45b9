package lu.alarmis.web.format;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The step of a wizard in an address ({@code edit.xhtml?id=42&step=3}). Text that is no step
 * number reads as no step, and the wizard opens where the draft stands, as without one.
 */
@FacesConverter("alarmis.WizardStep")
public class WizardStepConverter implements Converter<Integer> {

    private static final int MAX_DIGITS = 2;

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_DIGITS
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
    }
}
