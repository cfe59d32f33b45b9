package lu.alarmis.web.staff;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditEvent;
import lu.alarmis.audit.AuditFilter;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.web.ServicePagedModel;

/**
 * /staff/audit.xhtml (supervisors, admins): the audit trail, newest first, filtered by actor,
 * action, subject and days, and paged by the database. The filters are in the address, so that a
 * view of the trail can be bookmarked and handed on.
 */
@Named("staffAudit")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditLog audit;

    private final AuditFilter filter = new AuditFilter();
    private long matching;
    private LazyDataModel<AuditEvent> model;

    @PostConstruct
    void init() {
        model = new ServicePagedModel<>(this::countMatching, (first, size, sortBy) -> audit.page(filter, first, size),
                AuditEvent::getId);
    }

    private int countMatching() {
        matching = audit.count(filter);
        return (int) Math.min(matching, AuditLog.COUNT_CAP);
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public LazyDataModel<AuditEvent> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public long getMatching() {
        return Math.min(matching, AuditLog.COUNT_CAP);
    }

    public boolean isMoreThanCounted() {
        return matching > AuditLog.COUNT_CAP;
    }
}
