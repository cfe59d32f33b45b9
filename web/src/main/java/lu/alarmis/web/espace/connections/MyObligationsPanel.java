package lu.alarmis.web.espace.connections;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Part;

import lu.alarmis.compliance.ComplianceFile;
import lu.alarmis.compliance.CopyRequest;
import lu.alarmis.compliance.MyObligations;
import lu.alarmis.compliance.ServicingRecord;
import lu.alarmis.web.Pages;
import lu.alarmis.web.documents.DocumentUpload;

/**
 * The yearly obligations of one connection on its client's page: where it stands, recording a
 * servicing with its certificate (which answers a waiting request for a copy), and answering such
 * a request with a servicing recorded before.
 */
public class MyObligationsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final MyObligations service;
    private final long espaceId;
    private final long connectionId;
    private final String pageAddress;
    private ComplianceFile file;

    private LocalDate servicedOn;
    private String company;
    private transient Part certificate;
    private Long answerWith;

    MyObligationsPanel(MyObligations service, long espaceId, long connectionId, String pageAddress) {
        this.service = service;
        this.espaceId = espaceId;
        this.connectionId = connectionId;
        this.pageAddress = pageAddress;
        this.file = service.file(espaceId, connectionId);
    }

    public void recordServicing() {
        boolean stored = DocumentUpload.send(certificate,
                (name, content) -> service.recordServicing(espaceId, connectionId, servicedOn, company, name, content),
                "compliance.servicing.recorded");
        certificate = null;
        if (stored) {
            Pages.redirect(pageAddress);
        }
    }

    public void answerCopy() {
        CopyRequest open = getWaitingCopyRequest();
        if (open != null && answerWith != null) {
            Pages.act(() -> service.answerCopy(espaceId, open.getId(), answerWith), "compliance.copy.answered",
                    pageAddress, () -> file = service.file(espaceId, connectionId));
        }
    }

    public ComplianceFile getFile() {
        return file;
    }

    /** A request for a copy that waits for the client's certificate, if any. */
    public CopyRequest getWaitingCopyRequest() {
        return file.openCopyRequest().filter(r -> r.getState().isAwaitingClient()).orElse(null);
    }

    public CopyRequest getOpenCopyRequest() {
        return file.openCopyRequest().orElse(null);
    }

    public List<ServicingRecord> getServicings() {
        return file.servicings();
    }

    public LocalDate getServicedOn() {
        return servicedOn;
    }

    public void setServicedOn(LocalDate servicedOn) {
        this.servicedOn = servicedOn;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public Part getCertificate() {
        return certificate;
    }

    public void setCertificate(Part certificate) {
        this.certificate = certificate;
    }

    public Long getAnswerWith() {
        return answerWith;
    }

    public void setAnswerWith(Long answerWith) {
        this.answerWith = answerWith;
    }
}
