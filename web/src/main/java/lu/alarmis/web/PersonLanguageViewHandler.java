package lu.alarmis.web;

import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Every view in the person's language from its first phase: the template's {@code f:view locale}
 * applies only once the page renders, so a message raised by a view parameter or a view action
 * would otherwise be in the browser's language.
 */
public class PersonLanguageViewHandler extends ViewHandlerWrapper {

    public PersonLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getSession(false) != null) {
            var chosen = CDI.current().select(LanguageBacking.class).get().chosen();
            if (chosen.isPresent()) {
                return chosen.get().locale();
            }
        }
        return super.calculateLocale(context);
    }
}
