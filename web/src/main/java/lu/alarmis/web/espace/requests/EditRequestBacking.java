package lu.alarmis.web.espace.requests;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.request.Company;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.ConnectionRequestService;
import lu.alarmis.request.Contact;
import lu.alarmis.request.ContactPerson;
import lu.alarmis.request.PremisesKind;
import lu.alarmis.request.RequestState;
import lu.alarmis.request.SiteAddress;
import lu.alarmis.security.StrongAuthenticationRequiredException;
import lu.alarmis.web.Messages;
import lu.alarmis.web.Pages;
import lu.alarmis.web.documents.DocumentUpload;
import lu.alarmis.web.security.SignedInPerson;

/**
 * /espace/requests/edit.xhtml?id=…&amp;step=…: the wizard of a draft request. Each step is saved
 * into the draft when the applicant continues, so a draft can be left and resumed at any time.
 */
@Named("editRequest")
@ViewScoped
public class EditRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CONTACT_ROWS = 3;

    @EJB
    private ConnectionRequestService service;

    @Inject
    private SignedInPerson person;

    private Long id;
    private int step = 1;
    private ConnectionRequest request;

    private SiteAddress site;
    private boolean passiveAlarm;
    private boolean activeAlarm;
    private boolean fireAlarm;
    private Company installer;
    private Company maintainer;
    private String orderReference;
    private List<Contact> contacts;
    private String reasons;
    private transient Part upload;
    private boolean obligationsAcknowledged;
    /** Set when the applicant chose fire alone: the page explains whom to contact instead. */
    private boolean fireOnly;

    /** f:viewAction: loads the draft of one of the person's eSpaces, or answers 404. */
    public void load() {
        try {
            request = service.get(id == null ? -1 : id);
        } catch (NotFoundException notVisible) {
            Pages.notFound();
            return;
        }
        if (request.getState() != RequestState.DRAFT) {
            Pages.redirect("/espace/requests/view.xhtml?id=" + id);
            return;
        }
        step = Math.max(1, Math.min(step, furthestReachableStep()));
        fillForm();
    }

    private void fillForm() {
        SiteAddress saved = request.getSite();
        site = new SiteAddress(saved.getStreet(), saved.getHouseNumber(), saved.getPostcode(), saved.getLocality(),
                saved.getPremisesKind());
        passiveAlarm = request.isPassiveAlarm();
        activeAlarm = request.isActiveAlarm();
        fireAlarm = request.isFireAlarm();
        installer = copy(request.getInstaller());
        maintainer = copy(request.getMaintainer());
        orderReference = request.getPostOrderReference();
        contacts = new ArrayList<>();
        for (ContactPerson person : request.getContacts()) {
            Contact c = person.getContact();
            contacts.add(new Contact(c.getName(), c.getPhone(), c.getRole()));
        }
        while (contacts.size() < CONTACT_ROWS) {
            contacts.add(new Contact());
        }
        reasons = request.getReasons();
    }

    private static Company copy(Company company) {
        return new Company(company.getName(), company.getAddress(), company.getContact());
    }

    /** "Save and continue": stores this step in the draft and opens the next one. */
    public void saveAndContinue() {
        try {
            long version = request.getVersion();
            switch (step) {
                case 1 -> service.saveSite(id, version, site);
                case 2 -> service.saveAlarmTypes(id, version, passiveAlarm, activeAlarm, fireAlarm);
                case 3 -> service.saveCompanies(id, version, installer, maintainer);
                case 4 -> service.saveOrderReference(id, version, orderReference);
                case 5 -> service.saveContacts(id, version, contacts);
                case 6 -> service.saveReasons(id, version, reasons);
                default -> throw new IllegalStateException("no step " + step);
            }
            Messages.info("request.draftSaved");
            Pages.redirect("/espace/requests/edit.xhtml?id=" + id + "&step=" + (step + 1));
        } catch (BusinessException refused) {
            fireOnly = "request.fireOnly".equals(refused.messageKey());
            if (!fireOnly) {
                Messages.error(refused);
            }
            reload();
        }
    }

    public void addContactRow() {
        if (contacts.size() < ConnectionRequest.MAX_CONTACTS) {
            contacts.add(new Contact());
        }
    }

    /** Step 6: one file at a time; a refused file leaves nothing behind and says why. */
    public void uploadDocument() {
        boolean stored = DocumentUpload.send(upload, (name, content) -> service.addDocument(id, name, content));
        upload = null;
        if (stored) {
            Pages.redirect("/espace/requests/edit.xhtml?id=" + id + "&step=" + step);
        } else {
            reload();
        }
    }

    public void removeDocument(long documentId) {
        Pages.act(() -> service.removeDocument(id, documentId), "document.removed",
                "/espace/requests/edit.xhtml?id=" + id + "&step=" + step, this::reload);
    }

    /** Step 7: submission, which needs strong authentication. */
    public void submit() {
        try {
            service.submit(id, request.getVersion(), obligationsAcknowledged);
            Messages.info("request.submitted");
            Pages.redirect("/espace/requests/view.xhtml?id=" + id);
        } catch (StrongAuthenticationRequiredException weak) {
            Messages.error("request.strongAuthenticationRequired");
        } catch (BusinessException refused) {
            Messages.error(refused);
            reload();
        }
    }

    private void reload() {
        request = service.get(id);
    }

    public List<PremisesKind> getPremisesKinds() {
        return List.of(PremisesKind.values());
    }

    public boolean isStepReachable(int candidate) {
        return candidate <= furthestReachableStep();
    }

    /** The step after the last one saved: a draft opens there, and no further step can be opened. */
    private int furthestReachableStep() {
        return Math.min(request.getWizardStep() + 1, ConnectionRequest.LAST_STEP);
    }

    public List<Integer> getSteps() {
        return List.of(1, 2, 3, 4, 5, 6, 7);
    }

    public boolean isStrong() {
        return person.isStrong();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = step;
    }

    public ConnectionRequest getRequest() {
        return request;
    }

    public SiteAddress getSite() {
        return site;
    }

    public boolean isPassiveAlarm() {
        return passiveAlarm;
    }

    public void setPassiveAlarm(boolean passiveAlarm) {
        this.passiveAlarm = passiveAlarm;
    }

    public boolean isActiveAlarm() {
        return activeAlarm;
    }

    public void setActiveAlarm(boolean activeAlarm) {
        this.activeAlarm = activeAlarm;
    }

    public boolean isFireAlarm() {
        return fireAlarm;
    }

    public void setFireAlarm(boolean fireAlarm) {
        this.fireAlarm = fireAlarm;
    }

    public boolean isFireOnly() {
        return fireOnly;
    }

    public Company getInstaller() {
        return installer;
    }

    public Company getMaintainer() {
        return maintainer;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public void setOrderReference(String orderReference) {
        this.orderReference = orderReference;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public boolean isObligationsAcknowledged() {
        return obligationsAcknowledged;
    }

    public void setObligationsAcknowledged(boolean obligationsAcknowledged) {
        this.obligationsAcknowledged = obligationsAcknowledged;
    }
}
