package lu.alarmis.web.staff;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import lu.alarmis.audit.AuditEvent;
import lu.alarmis.audit.AuditLog;

/** /staff/audit.xhtml: the latest audit records, optionally of one actor (supervisors, admins). */
@Named("staffAudit")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @EJB
    private AuditLog audit;

    @Size(max = AuditEvent.ACTOR_MAX)
    private String actor;

    private List<AuditEvent> events;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        events = actor == null || actor.isBlank()
                ? audit.latest(SHOWN)
                : audit.forActor(actor.strip().toLowerCase(java.util.Locale.ROOT), SHOWN);
    }

    public List<AuditEvent> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
