package lu.alarmis.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.account.AccountLanguageService;
import lu.alarmis.common.Language;
import lu.alarmis.web.security.SignedInPerson;

/**
 * The language a person reads the service in: the browser's until they choose one with the
 * header's links; a signed-in person's choice is kept on their account, and their account's
 * language is taken up when they sign in. {@link PersonLanguageViewHandler} makes it the language of
 * every view from its first phase, so that messages raised while a page loads use it too.
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

    @EJB
    private AccountLanguageService accountLanguage;

    @Inject
    private SignedInPerson person;

    private Language chosen;
    private Locale browserLocale;

    /** The language chosen in this session or on the account, if any. */
    Optional<Language> chosen() {
        return Optional.ofNullable(chosen);
    }

    public Locale getLocale() {
        if (chosen != null) {
            return chosen.locale();
        }
        if (browserLocale == null) {
            // Once per session, not for each of the template's several reads on every page.
            FacesContext faces = FacesContext.getCurrentInstance();
            browserLocale = faces.getApplication().getViewHandler().calculateLocale(faces);
        }
        return browserLocale;
    }

    /** The language of this session outside a page (a download): the chosen one, else the browser's as a page found it, else the fallback. */
    public Locale localeOr(Locale fallback) {
        return chosen != null ? chosen.locale() : browserLocale != null ? browserLocale : fallback;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    /** The language of the page being shown: the one a person who chose none is reading. */
    public Language getCurrent() {
        return Language.ofTag(getTag()).orElse(Language.EN);
    }

    public List<Option> getAvailable() {
        return AVAILABLE;
    }

    /** Switches the language and, for a signed-in person, remembers it; a tag not offered changes nothing. */
    public void change(String tag) {
        Language.ofTag(tag).ifPresent(language -> {
            chosen = language;
            if (person.isSignedIn()) {
                accountLanguage.choose(language);
            }
            FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
        });
    }

    /** At sign-in: the account's language, if it has one, becomes the session's. */
    public void signedIn(Language accountLanguage) {
        if (accountLanguage != null) {
            chosen = accountLanguage;
        }
    }
}
