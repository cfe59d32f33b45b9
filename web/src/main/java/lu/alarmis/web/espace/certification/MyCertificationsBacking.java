package lu.alarmis.web.espace.certification;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.certification.CertificationRequest;
import lu.alarmis.certification.CertificationService;
import lu.alarmis.common.BusinessException;
import lu.alarmis.web.Messages;
import lu.alarmis.web.Pages;
import lu.alarmis.web.security.SignedInPerson;

/**
 * /espace/certification/index.xhtml: "Certify this eSpace" (the ALARMIS client number and the
 * trade-register number, a message if wanted) and the eSpace's certification requests.
 */
@Named("myCertifications")
@ViewScoped
public class MyCertificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CertificationService certifications;

    @Inject
    private SignedInPerson person;

    private List<CertificationRequest> requests;
    private String clientNumber;
    private String tradeRegisterNumber;
    private String message;

    /** f:viewAction */
    public void load() {
        requests = person.getActiveEspaceId() == null ? List.of() : certifications.ofMyEspace(person.getActiveEspaceId());
    }

    public void file() {
        try {
            CertificationRequest filed = certifications.file(person.getActiveEspaceId(), clientNumber, tradeRegisterNumber,
                    message);
            Messages.info("certification.filed", filed.getReference());
            Pages.redirect("/espace/certification/view.xhtml?id=" + filed.getId());
        } catch (BusinessException refused) {
            Messages.error(refused);
            load();
        }
    }

    public List<CertificationRequest> getRequests() {
        return requests;
    }

    public String getClientNumber() {
        return clientNumber;
    }

    public void setClientNumber(String clientNumber) {
        this.clientNumber = clientNumber;
    }

    public String getTradeRegisterNumber() {
        return tradeRegisterNumber;
    }

    public void setTradeRegisterNumber(String tradeRegisterNumber) {
        this.tradeRegisterNumber = tradeRegisterNumber;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
