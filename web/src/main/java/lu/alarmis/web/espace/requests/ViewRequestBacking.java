package lu.alarmis.web.espace.requests;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.primefaces.PrimeFaces;

import lu.alarmis.client.ClientRegister;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.ConnectionRequestService;
import lu.alarmis.request.RequestEvent;
import lu.alarmis.request.RequestState;
import lu.alarmis.web.Pages;
import lu.alarmis.web.documents.DocumentUpload;
import lu.alarmis.web.espace.connections.ConnectionStanding;

/**
 * /espace/requests/view.xhtml?id=…: a request as its applicant follows it: state, days waiting,
 * the timeline, the client number once approved; and what the applicant can do in its state:
 * answer the CIN, correct a rejected order reference, withdraw.
 */
@Named("viewRequest")
@ViewScoped
public class ViewRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConnectionRequestService service;

    @EJB
    private ClientRegister register;

    private Long id;
    private ConnectionRequest request;
    private List<RequestEvent> timeline;
    private ConnectionStanding connection;

    private String answer;
    private transient Part upload;
    private String correctedReference;
    private String withdrawalReason;

    /** f:viewAction: a request of one of the person's eSpaces, or 404. */
    public void load() {
        try {
            reload();
        } catch (NotFoundException notVisible) {
            Pages.notFound();
        }
    }

    private void reload() {
        request = service.get(id == null ? -1 : id);
        timeline = service.timeline(request.getId());
        connection = request.getConnection() == null ? null : ConnectionStanding.of(request.getConnection(),
                register.historyForMyEspace(request.getEspace().getId(), request.getConnection().getId()));
    }

    /**
     * p:poll: POST's answers and the police's decisions arrive while the page is open. When the
     * request or its connection in the register moved on, its state, standing and timeline are
     * drawn again, and the inbox badge;
     * the forms are left alone, so that nothing the person is typing is lost.
     */
    public void poll() {
        long version = request.getVersion();
        int events = timeline.size();
        ConnectionStanding standing = connection;
        reload();
        if (request.getVersion() != version || timeline.size() != events || !Objects.equals(standing, connection)) {
            PrimeFaces.current().ajax().update("facts", "standing", "timelineBlock", "navNotifications");
        }
    }

    public void uploadDocument() {
        boolean stored = DocumentUpload.send(upload, (name, content) -> service.addDocument(id, name, content));
        upload = null;
        if (stored) {
            Pages.redirect("/espace/requests/view.xhtml?id=" + id);
        } else {
            reload();
        }
    }

    public void sendAnswer() {
        act(() -> service.answerInformation(id, request.getVersion(), answer), "request.answerSent");
    }

    public void correctReference() {
        act(() -> service.correctOrderReference(id, request.getVersion(), correctedReference),
                "request.referenceCorrected");
    }

    public void withdraw() {
        act(() -> service.withdraw(id, request.getVersion(), withdrawalReason), "request.withdrawn");
    }

    private void act(Runnable action, String doneKey) {
        Pages.act(action, doneKey, "/espace/requests/view.xhtml?id=" + id, this::reload);
    }

    public long getDaysWaiting() {
        return request.daysWaiting(Instant.now());
    }

    public boolean isWithdrawable() {
        return request.getState().isOpen();
    }

    public boolean isAnswerable() {
        return request.getState() == RequestState.INFO_REQUESTED;
    }

    public boolean isReferenceCorrectable() {
        return request.getState() == RequestState.POST_REJECTED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Where the connection of an approved request stands; null before approval. */
    public ConnectionStanding getConnection() {
        return connection;
    }

    public ConnectionRequest getRequest() {
        return request;
    }

    public List<RequestEvent> getTimeline() {
        return timeline;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getCorrectedReference() {
        return correctedReference;
    }

    public void setCorrectedReference(String correctedReference) {
        this.correctedReference = correctedReference;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
