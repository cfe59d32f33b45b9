package lu.alarmis.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The language a visitor reads the service in: first taken from the browser, then as chosen in
 * the header. English first; French and German follow.
 */
@Named("language")
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A language offered in the header, named in that language. */
    public record Option(String tag, String name) implements Serializable {
    }

    private static final List<Option> AVAILABLE = List.of(
            new Option("en", "English"),
            new Option("fr", "Français"),
            new Option("de", "Deutsch"));

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces.getApplication().getViewHandler().calculateLocale(faces);
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public List<Option> getAvailable() {
        return AVAILABLE;
    }

    /** Switches the language; a tag that is not offered leaves it unchanged. */
    public void change(String tag) {
        AVAILABLE.stream()
                .filter(option -> option.tag().equals(tag))
                .findFirst()
                .ifPresent(option -> locale = Locale.forLanguageTag(option.tag()));
    }
}
