package lu.alarmis.web.espace;

import java.io.Serializable;
import java.util.List;

import jakarta.servlet.http.Part;

import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.IntendedDecisionState;
import lu.alarmis.decision.SubjectKind;
import lu.alarmis.web.Pages;
import lu.alarmis.web.documents.DocumentUpload;

/**
 * The client's side of the intended decisions about one record on its page (a connection, a
 * certification): the one still open, answered with documents and text, and those decided. The
 * page's backing bean holds one and its page includes {@code WEB-INF/includes/intended-decisions.xhtml}.
 */
public class DecisionAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final IntendedDecisionService service;
    private final long espaceId;
    private final SubjectKind kind;
    private final long subjectId;
    private final String pageAddress;
    private List<IntendedDecision> decisions;
    private transient Part upload;
    private String answer;

    /** @param pageAddress where the page goes back to after a step (post/redirect/get) */
    public DecisionAnswers(IntendedDecisionService service, long espaceId, SubjectKind kind, long subjectId,
                           String pageAddress) {
        this.service = service;
        this.espaceId = espaceId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.pageAddress = pageAddress;
        reload();
    }

    private void reload() {
        decisions = service.aboutForMyEspace(espaceId, kind, subjectId);
    }

    /** A document for the answer to the open intended decision. */
    public void uploadDocument() {
        IntendedDecision open = getOpenDecision();
        boolean stored = open != null && DocumentUpload.send(upload,
                (name, content) -> service.attach(espaceId, open.getId(), name, content));
        upload = null;
        if (stored) {
            Pages.redirect(pageAddress);
        }
    }

    public void sendAnswer() {
        IntendedDecision open = getOpenDecision();
        if (open != null) {
            Pages.act(() -> service.answer(espaceId, open.getId(), open.getVersion(), answer), "decision.answerSent",
                    pageAddress, this::reload);
        }
    }

    /** The intended decision still to be taken, if any (there is at most one at a time). */
    public IntendedDecision getOpenDecision() {
        return decisions.stream().filter(IntendedDecision::isOpen).findFirst().orElse(null);
    }

    public boolean isAnswerable() {
        IntendedDecision open = getOpenDecision();
        return open != null && open.getState() == IntendedDecisionState.ANNOUNCED;
    }

    /** The decisions taken or dropped, newest first. */
    public List<IntendedDecision> getDecided() {
        return decisions.stream().filter(d -> !d.isOpen()).toList();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
