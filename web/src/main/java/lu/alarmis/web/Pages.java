package lu.alarmis.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import lu.alarmis.common.BusinessException;

/** Page-level answers that several backing beans give the same way. */
public final class Pages {

    private Pages() {
    }

    /** Answers 404: what the caller may not see does not exist for them. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * Runs an action of a page the way every action page does: when it succeeds, its message and a
     * redirect to the page's address (post/redirect/get); when a rule refuses it, the refusal's
     * message and the page shown again as things are now.
     */
    public static void act(Runnable action, String doneKey, String pageAddress, Runnable reload) {
        try {
            action.run();
            Messages.info(doneKey);
            redirect(pageAddress);
        } catch (BusinessException refused) {
            Messages.error(refused);
            reload.run();
        }
    }

    /** Redirects after a successful action (post/redirect/get), keeping the messages. */
    public static void redirect(String pathAndQuery) {
        Messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + pathAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
