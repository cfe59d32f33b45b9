package lu.alarmis.web.espace.certification;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.certification.CertificationEvent;
import lu.alarmis.certification.CertificationRequest;
import lu.alarmis.certification.CertificationService;
import lu.alarmis.certification.CertificationState;
import lu.alarmis.certification.CertificationToken;
import lu.alarmis.certification.Redemption;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.SubjectKind;
import lu.alarmis.web.Messages;
import lu.alarmis.web.Pages;
import lu.alarmis.web.espace.DecisionAnswers;
import lu.alarmis.web.security.SignedInPerson;

/**
 * /espace/certification/view.xhtml?id=…: one certification request of the eSpace: where it
 * stands, its history as the eSpace reads it, and, once approved, "Enter my token". Any id that is
 * not this eSpace's request answers 404.
 */
@Named("myCertification")
@ViewScoped
public class CertificationPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CertificationService certifications;

    @EJB
    private IntendedDecisionService decisions;

    @Inject
    private SignedInPerson person;

    private Long id;
    private CertificationRequest request;
    private List<CertificationEvent> history;
    private CertificationToken token;
    private String typed;
    private DecisionAnswers answers;

    /** f:viewAction */
    public void load() {
        if (person.getActiveEspaceId() == null || id == null) {
            Pages.notFound();
            return;
        }
        try {
            reload();
        } catch (NotFoundException notVisible) {
            Pages.notFound();
        }
    }

    private void reload() {
        request = certifications.get(person.getActiveEspaceId(), id);
        history = certifications.history(person.getActiveEspaceId(), id);
        token = certifications.awaitedToken(person.getActiveEspaceId(), id).orElse(null);
        answers = new DecisionAnswers(decisions, person.getActiveEspaceId(), SubjectKind.CERTIFICATION, id,
                "/espace/certification/view.xhtml?id=" + id);
    }

    /** An intended revocation of the certification, with the answer form, and the decisions taken. */
    public DecisionAnswers getAnswers() {
        return answers;
    }

    /** The token typed: certified, or the reason it did not work, in the page's language. */
    public void redeem() {
        try {
            Redemption redemption = certifications.redeem(person.getActiveEspaceId(), id, typed);
            String key = "certification.redemption." + redemption.outcome();
            if (redemption.outcome() == Redemption.Outcome.CERTIFIED) {
                Messages.info(key);
                Pages.redirect("/espace/certification/view.xhtml?id=" + id);
                return;
            }
            Messages.error(key, redemption.attemptsLeft());
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        typed = null;
        reload();
    }

    public boolean isTokenAwaited() {
        return request.getState() == CertificationState.APPROVED && token != null && token.getState().isLive();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CertificationRequest getRequest() {
        return request;
    }

    public List<CertificationEvent> getHistory() {
        return history;
    }

    public CertificationToken getToken() {
        return token;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
