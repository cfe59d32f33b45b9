package lu.alarmis.web.staff.partner;

import java.io.Serializable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import lu.alarmis.partner.post.MessageDirection;
import lu.alarmis.partner.post.PartnerMessage;
import lu.alarmis.partner.post.PartnerMessageStatus;
import lu.alarmis.partner.post.PartnerTrafficFilter;
import lu.alarmis.partner.post.PartnerTrafficService;
import lu.alarmis.partner.post.PostMessageType;
import lu.alarmis.web.ServicePagedModel;

/**
 * /staff/partner/index.xhtml, the traffic with POST: every message both ways, newest first, paged
 * and filtered by the database. The filters are URL parameters, so a view can be bookmarked.
 */
@Named("traffic")
@ViewScoped
public class PartnerTrafficBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerTrafficService service;

    private final PartnerTrafficFilter filter = new PartnerTrafficFilter();
    private long matching;
    private LazyDataModel<PartnerMessage> model;

    @PostConstruct
    void init() {
        model = new ServicePagedModel<>(this::countMatching, (first, size, sortBy) -> service.page(filter, first, size),
                PartnerMessage::getId);
    }

    private int countMatching() {
        matching = service.count(filter);
        return (int) matching;
    }

    public PartnerTrafficFilter getFilter() {
        return filter;
    }

    public LazyDataModel<PartnerMessage> getModel() {
        return model;
    }

    public long getMatching() {
        return Math.min(matching, PartnerTrafficService.COUNT_CAP);
    }

    public boolean isMoreThanCounted() {
        return matching > PartnerTrafficService.COUNT_CAP;
    }

    public MessageDirection[] getDirections() {
        return MessageDirection.values();
    }

    public PartnerMessageStatus[] getStatuses() {
        return PartnerMessageStatus.values();
    }

    public PostMessageType[] getTypes() {
        return PostMessageType.values();
    }
}
