package lu.alarmis.web.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.certification.CertificationReviewService;
import lu.alarmis.compliance.ComplianceDesk;
import lu.alarmis.compliance.ComplianceFilter;
import lu.alarmis.compliance.ComplianceState;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.request.RequestReviewService;
import lu.alarmis.request.RequestState;
import lu.alarmis.request.WorkQueueFilter;
import lu.alarmis.request.WorkQueuePage;
import lu.alarmis.security.Roles;
import lu.alarmis.web.security.SignedInPerson;
import lu.alarmis.web.staff.requests.QueueAddress;

/**
 * /staff/index.xhtml, where a shift starts: what waits for me, for my role, and what is overdue,
 * each counted by the database and linked to the work queue filtered the same way.
 */
@Named("staffHome")
@RequestScoped
public class StaffHomeBacking {

    /** Open requests waiting longer than this are past the police's service target. */
    static final int OVERDUE_AFTER_DAYS = 30;

    @EJB
    private RequestReviewService queue;

    @EJB
    private IntendedDecisionService decisions;

    @EJB
    private CertificationReviewService certifications;

    @EJB
    private ComplianceDesk compliance;

    @Inject
    private SignedInPerson person;

    private List<Tile> tiles;

    /** One figure of the home page: its label's key, how many, and the queue address that lists them. */
    public record Tile(String key, long count, boolean moreThanCounted, String queueAddress, boolean urgent) {
    }

    public List<Tile> getTiles() {
        if (tiles == null) {
            tiles = new ArrayList<>();
            boolean operator = person.getRoles().contains(Roles.CIN_OPERATOR);
            boolean supervisor = person.getRoles().contains(Roles.CIN_SUPERVISOR);
            if (operator || supervisor) {
                add("mine", false, f -> f.setAssignment(WorkQueueFilter.Assignment.MINE));
                add("unassigned", false, f -> f.setAssignment(WorkQueueFilter.Assignment.UNASSIGNED));
                if (supervisor) {
                    add("proposed", false, f -> f.setProposed(true));
                }
                add("postCheck", false, f -> f.setState(RequestState.POST_CHECK));
                add("overdue", true, f -> f.setMinDaysWaiting(OVERDUE_AFTER_DAYS));
                add("informationOverdue", true, f -> f.setInformationOverdue(true));
                long ready = decisions.countReadyToDecide();
                tiles.add(new Tile("decisionsReady", ready, false, "/staff/decisions/index.xhtml", supervisor && ready > 0));
                CertificationReviewService.Waiting waiting = certifications.waiting();
                tiles.add(new Tile("certificationsWaiting", waiting.inReview(), false, "/staff/certification/index.xhtml", false));
                tiles.add(new Tile("lettersWaiting", waiting.letters(), false, "/staff/certification/letters.xhtml", false));
                java.util.Map<ComplianceState, Long> standings = compliance.counts(ComplianceFilter.all(ComplianceState.OVERDUE));
                long overdue = standings.get(ComplianceState.OVERDUE);
                long remediation = standings.get(ComplianceState.REMEDIATION);
                tiles.add(new Tile("complianceOverdue", overdue, false, "/staff/compliance/index.xhtml?state=OVERDUE",
                        overdue > 0));
                tiles.add(new Tile("complianceRemediation", remediation, false,
                        "/staff/compliance/index.xhtml?state=REMEDIATION", false));
            }
        }
        return tiles;
    }

    private void add(String key, boolean urgent, Consumer<WorkQueueFilter> filter) {
        WorkQueueFilter wanted = new WorkQueueFilter();
        filter.accept(wanted);
        WorkQueuePage.Count count = queue.countWorkQueue(wanted);
        tiles.add(new Tile(key, count.matching(), count.moreThanCounted(), QueueAddress.pathOf(wanted),
                urgent && count.matching() > 0));
    }

    public int getOverdueAfterDays() {
        return OVERDUE_AFTER_DAYS;
    }
}
