package lu.alarmis.web.staff.compliance;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import lu.alarmis.common.NotFoundException;
import lu.alarmis.compliance.ComplianceDesk;
import lu.alarmis.compliance.ComplianceFile;
import lu.alarmis.compliance.CopyRequest;
import lu.alarmis.compliance.CopyRequestState;
import lu.alarmis.web.Pages;

/**
 * /staff/compliance/connection.xhtml?id=…: one connection's yearly obligations for the section:
 * its standing and due dates, the servicings with their certificates, the transmission tests and
 * the reminders sent; recording a test POST did not report; asking for a copy of the certificate,
 * then accepting it or sending it back with a reason. Suspending it is an intended decision on the
 * client's page, which this page links to.
 */
@Named("complianceFile")
@ViewScoped
public class ConnectionFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplianceDesk desk;

    private Long id;
    private ComplianceFile file;

    private LocalDate testedOn;
    private Boolean passed;
    private String testDetails;
    private LocalDate copyDueOn;
    private String copyNote;
    private String sendBackReason;

    /** f:viewAction */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            file = desk.file(id);
        } catch (NotFoundException unknown) {
            Pages.notFound();
        }
    }

    private String address() {
        return "/staff/compliance/connection.xhtml?id=" + id;
    }

    private void reload() {
        file = desk.file(id);
    }

    public void recordTest() {
        Pages.act(() -> desk.recordTest(id, testedOn, Boolean.TRUE.equals(passed), testDetails),
                "compliance.test.recorded", address(), this::reload);
    }

    public void askForCopy() {
        Pages.act(() -> desk.askForCopy(id, copyDueOn, copyNote), "compliance.copy.asked", address(), this::reload);
    }

    public void acceptCopy() {
        CopyRequest open = getOpenCopyRequest();
        if (open != null) {
            Pages.act(() -> desk.acceptCopy(open.getId(), open.getVersion()), "compliance.copy.accepted", address(),
                    this::reload);
        }
    }

    public void sendBackCopy() {
        CopyRequest open = getOpenCopyRequest();
        if (open != null) {
            Pages.act(() -> desk.sendBackCopy(open.getId(), open.getVersion(), sendBackReason),
                    "compliance.copy.sentBack", address(), this::reload);
        }
    }

    public CopyRequest getOpenCopyRequest() {
        return file.openCopyRequest().orElse(null);
    }

    /** Whether the open request has a certificate to look at. */
    public boolean isCopyToDecide() {
        CopyRequest open = getOpenCopyRequest();
        return open != null && open.getState() == CopyRequestState.ANSWERED;
    }

    public ComplianceFile getFile() {
        return file;
    }

    public lu.alarmis.compliance.ConnectionCompliance getCompliance() {
        return file.compliance();
    }

    public lu.alarmis.client.Connection getConnection() {
        return file.connection();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getTestedOn() {
        return testedOn;
    }

    public void setTestedOn(LocalDate testedOn) {
        this.testedOn = testedOn;
    }

    public Boolean getPassed() {
        return passed;
    }

    public void setPassed(Boolean passed) {
        this.passed = passed;
    }

    public String getTestDetails() {
        return testDetails;
    }

    public void setTestDetails(String testDetails) {
        this.testDetails = testDetails;
    }

    public LocalDate getCopyDueOn() {
        return copyDueOn;
    }

    public void setCopyDueOn(LocalDate copyDueOn) {
        this.copyDueOn = copyDueOn;
    }

    public String getCopyNote() {
        return copyNote;
    }

    public void setCopyNote(String copyNote) {
        this.copyNote = copyNote;
    }

    public String getSendBackReason() {
        return sendBackReason;
    }

    public void setSendBackReason(String sendBackReason) {
        this.sendBackReason = sendBackReason;
    }
}
