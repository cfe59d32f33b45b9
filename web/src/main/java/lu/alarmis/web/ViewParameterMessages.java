package lu.alarmis.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

/**
 * A value of the address that a page cannot use ({@code ?state=WAITING}, {@code ?minDays=abc}) is
 * told at the top of the page: Faces files the message under the view parameter, which no field
 * shows, so the page would otherwise go on as if the parameter were absent.
 */
public class ViewParameterMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (faces.isPostback() || view == null || !faces.isValidationFailed()) {
            return;
        }
        List<FacesMessage> refused = new ArrayList<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            faces.getMessages(parameter.getClientId(faces)).forEachRemaining(refused::add);
        }
        refused.forEach(message -> faces.addMessage(null, message));
    }
}
