package lu.alarmis.web.format;

import java.text.NumberFormat;
import java.util.Locale;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import lu.alarmis.web.Messages;

/**
 * A file's size as people read it: "262 bytes", "48 KB", "1.4 MB" in the page's language, never
 * "0 KB" for a small file. For output only ({@code converter="alarmis.FileSize"}).
 */
@FacesConverter("alarmis.FileSize")
public class FileSizeConverter implements Converter<Number> {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    @Override
    public String getAsString(FacesContext context, UIComponent component, Number value) {
        if (value == null) {
            return "";
        }
        long bytes = value.longValue();
        Locale locale = context.getViewRoot().getLocale();
        if (bytes < KB) {
            return Messages.text("format.bytes", bytes);
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(bytes < MB ? 0 : 1);
        return bytes < MB ? Messages.text("format.kilobytes", number.format(Math.max(1, Math.round(bytes / (double) KB))))
                : Messages.text("format.megabytes", number.format(bytes / (double) MB));
    }

    @Override
    public Number getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("alarmis.FileSize shows sizes; it reads none");
    }
}
