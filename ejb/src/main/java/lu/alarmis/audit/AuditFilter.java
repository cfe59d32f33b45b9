package lu.alarmis.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the audit trail page asks for: one actor (an e-mail address or a system's name), one
 * action, one subject (its type, and its id if given), and the days, in Luxembourg, from and to
 * which records are wanted (both included). Every part becomes a condition of the query.
 */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String actor;
    private AuditAction action;
    private String subjectType;
    private String subjectId;
    private LocalDate from;
    private LocalDate to;

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = blankToNull(actor);
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = blankToNull(subjectType);
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = blankToNull(subjectId);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
