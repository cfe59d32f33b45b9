package lu.alarmis.web.staff.decisions;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import lu.alarmis.common.Luxembourg;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.IntendedDecisionService;

/**
 * /staff/decisions/index.xhtml: the intended decisions still to be decided, the earliest date to
 * answer first; those a supervisor can decide now (answered, or the date passed) say so.
 */
@Named("openDecisions")
@RequestScoped
public class OpenDecisionsBacking {

    @EJB
    private IntendedDecisionService decisions;

    private List<IntendedDecision> open;

    public List<IntendedDecision> getOpen() {
        if (open == null) {
            open = decisions.open();
        }
        return open;
    }

    public boolean isDecidable(IntendedDecision decision) {
        return decision.isDecidableOn(LocalDate.now(Luxembourg.ZONE));
    }
}
