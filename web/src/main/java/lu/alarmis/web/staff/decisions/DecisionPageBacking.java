package lu.alarmis.web.staff.decisions;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.SubjectKind;
import lu.alarmis.web.Pages;
import lu.alarmis.web.security.SignedInPerson;

/**
 * /staff/decisions/view.xhtml?id=…: the file of an intended decision: the measure and its reasons,
 * who announced it and when, the date to answer by, the client's answer and documents, and the
 * decision. A supervisor other than the one who announced it decides once the client answered or
 * the date passed: the measure taken or dropped, with the reasons (how the answer was weighed).
 */
@Named("decisionPage")
@ViewScoped
public class DecisionPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IntendedDecisionService decisions;

    @EJB
    private ClientRegister register;

    @Inject
    private SignedInPerson person;

    private Long id;
    private IntendedDecision decision;
    private Connection connection;
    private String reasons;

    /** f:viewAction */
    public void load() {
        try {
            reload();
        } catch (NotFoundException unknown) {
            Pages.notFound();
        }
    }

    private void reload() {
        decision = decisions.get(id == null ? -1 : id);
        connection = decision.getSubjectKind() == SubjectKind.CONNECTION ? register.connection(decision.getSubjectId()) : null;
    }

    public void take() {
        decide(true, "decision.taken");
    }

    public void drop() {
        decide(false, "decision.dropped");
    }

    private void decide(boolean takeMeasure, String doneKey) {
        Pages.act(() -> decisions.decide(id, decision.getVersion(), takeMeasure, reasons), doneKey,
                "/staff/decisions/view.xhtml?id=" + id, this::reload);
    }

    /** A supervisor sees the decision form while the decision is open; the service says whether it may be taken now. */
    public boolean isDecisionFormShown() {
        return person.isSupervisor() && decision.isOpen();
    }

    public boolean isDecidableNow() {
        return decision.isDecidableOn(LocalDate.now(Luxembourg.ZONE));
    }

    /** Four eyes: the one who announced it does not decide it. */
    public boolean isAnnouncedByMe() {
        return decision.getAnnouncedBy().equalsIgnoreCase(person.getEmail());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public IntendedDecision getDecision() {
        return decision;
    }

    public Connection getConnection() {
        return connection;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
