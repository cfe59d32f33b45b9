package lu.alarmis.web.staff.requests;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The work queue as a staff member last opened it, with its filters (they are in its address), so
 * that "Back to the work queue" on a request returns to it. The table's page and sort order come
 * back by themselves (its multiViewState).
 */
@Named("queueAddress")
@SessionScoped
public class QueueAddress implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String QUEUE = "/staff/requests/index.xhtml";

    private String query;

    /** f:viewAction of the queue: remembers its filters. */
    public void remember() {
        query = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getQueryString();
    }

    /** The queue's address (within the application) as last opened. */
    public String getPath() {
        return query == null || query.isEmpty() ? QUEUE : QUEUE + "?" + query;
    }
}
