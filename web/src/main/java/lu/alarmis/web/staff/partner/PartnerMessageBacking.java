package lu.alarmis.web.staff.partner;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import lu.alarmis.partner.post.PartnerMessage;
import lu.alarmis.partner.post.PartnerTrafficService;
import lu.alarmis.web.Pages;

/** /staff/partner/message.xhtml?id=…: one message of the traffic, with its body as it travelled. */
@Named("partnerMessage")
@ViewScoped
public class PartnerMessageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerTrafficService service;

    private Long id;
    private PartnerMessage message;

    /** f:viewAction */
    public void load() {
        message = id == null ? null : service.findMessage(id).orElse(null);
        if (message == null) {
            Pages.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PartnerMessage getMessage() {
        return message;
    }
}
