package lu.alarmis.web.staff.requests;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import lu.alarmis.request.RequestReviewService;
import lu.alarmis.request.RequestState;
import lu.alarmis.request.WorkQueueFilter;
import lu.alarmis.request.WorkQueuePage;
import lu.alarmis.web.Messages;

/**
 * /staff/requests/index.xhtml: the CIN's work queue. A lazy table: each page is filtered,
 * sorted and cut by the database, never in memory.
 */
@Named("workQueue")
@ViewScoped
public class WorkQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RequestReviewService service;

    /** The application's clock (serializable, like the view): the day an information request's due date passes. */
    @Inject
    private java.time.Clock clock;

    private final WorkQueueFilter filter = new WorkQueueFilter();
    private WorkQueuePage.Count count = new WorkQueuePage.Count(0, false);
    private LazyDataModel<QueueLine> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                count = service.countWorkQueue(filter);
                return (int) count.matching();
            }

            @Override
            public List<QueueLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
                applySort(sortBy);
                Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
                ResourceBundle messages = ResourceBundle.getBundle(Messages.BUNDLE, locale);
                return service.workQueue(filter, first, pageSize).stream()
                        .map(row -> QueueLine.of(row, messages, locale, java.time.LocalDate.now(clock)))
                        .toList();
            }

            @Override
            public String getRowKey(QueueLine line) {
                return String.valueOf(line.id());
            }

            @Override
            public QueueLine getRowData(String rowKey) {
                return null;
            }
        };
    }

    private void applySort(Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        if (sort == null || sort.getOrder() == SortOrder.UNSORTED) {
            filter.setSortField(WorkQueueFilter.SortField.SUBMITTED_AT);
            filter.setAscending(true);
            return;
        }
        filter.setSortField(switch (sort.getField()) {
            case "state" -> WorkQueueFilter.SortField.STATE;
            case "locality" -> WorkQueueFilter.SortField.LOCALITY;
            case "organisationName" -> WorkQueueFilter.SortField.ORGANISATION;
            default -> WorkQueueFilter.SortField.SUBMITTED_AT;
        });
        filter.setAscending(sort.getOrder() == SortOrder.ASCENDING);
    }

    public List<RequestState> getStates() {
        return WorkQueueFilter.OPEN.stream().sorted().toList();
    }

    public List<RequestState> getAllStates() {
        return List.of(RequestState.SUBMITTED, RequestState.POST_CHECK, RequestState.POST_REJECTED,
                RequestState.IN_REVIEW, RequestState.INFO_REQUESTED, RequestState.APPROVED, RequestState.REFUSED,
                RequestState.WITHDRAWN);
    }

    public WorkQueueFilter.AlarmType[] getAlarmTypes() {
        return WorkQueueFilter.AlarmType.values();
    }

    public WorkQueueFilter.Assignment[] getAssignments() {
        return WorkQueueFilter.Assignment.values();
    }

    public WorkQueueFilter getFilter() {
        return filter;
    }

    public WorkQueuePage.Count getCount() {
        return count;
    }

    public LazyDataModel<QueueLine> getModel() {
        return model;
    }
}
