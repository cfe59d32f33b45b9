package lu.alarmis.web.staff.partner;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import lu.alarmis.partner.post.deadletter.DeadLetter;
import lu.alarmis.partner.post.deadletter.DeadLetterDecision;
import lu.alarmis.partner.post.deadletter.DeadLetterDesk;
import lu.alarmis.web.Pages;

/**
 * /staff/partner/dead-letters.xhtml: the messages the broker gave up on, with why, and the
 * decisions taken on earlier ones. Replay and discard each need a reason, which is recorded.
 */
@Named("deadLetters")
@ViewScoped
public class DeadLettersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DECISIONS_SHOWN = 50;

    @EJB
    private DeadLetterDesk desk;

    private List<DeadLetter> waiting;
    private List<DeadLetterDecision> decisions;
    private String transportId;
    private String reason;

    /** f:viewAction */
    public void load() {
        waiting = desk.waiting();
        decisions = desk.decisions(DECISIONS_SHOWN);
    }

    public void replay() {
        decide(() -> desk.replay(transportId, reason), "deadLetter.replayed");
    }

    public void discard() {
        decide(() -> desk.discard(transportId, reason), "deadLetter.discarded");
    }

    private void decide(Runnable decision, String doneKey) {
        Pages.act(decision, doneKey, "/staff/partner/dead-letters.xhtml", this::load);
    }

    public List<DeadLetter> getWaiting() {
        return waiting;
    }

    public List<DeadLetterDecision> getDecisions() {
        return decisions;
    }

    public String getTransportId() {
        return transportId;
    }

    public void setTransportId(String transportId) {
        this.transportId = transportId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
