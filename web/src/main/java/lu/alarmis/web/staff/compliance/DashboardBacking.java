package lu.alarmis.web.staff.compliance;

import java.io.Serializable;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.LazyDataModel;

import lu.alarmis.compliance.ComplianceDesk;
import lu.alarmis.compliance.ComplianceFilter;
import lu.alarmis.compliance.ComplianceState;
import lu.alarmis.compliance.ConnectionCompliance;
import lu.alarmis.web.Messages;
import lu.alarmis.web.Pages;
import lu.alarmis.web.ServicePagedModel;

/**
 * /staff/compliance/index.xhtml?state=…&amp;locality=…&amp;client=…: how many connections stand
 * in each of the five standings (as figures that are links, and as a chart whose bars lead to
 * the same lists), and the list behind the chosen figure, paged by the database. The filters are
 * in the address, so that a list can be bookmarked and exported as it is.
 */
@Named("complianceDashboard")
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The chart's bar colours, one per standing (the figures beside it carry the same words). */
    private static final Map<ComplianceState, String> COLOURS = Map.of(ComplianceState.COMPLIANT, "#2e7d32",
            ComplianceState.DUE_SOON, "#f9a825", ComplianceState.OVERDUE, "#c62828", ComplianceState.REMEDIATION,
            "#6a1b9a", ComplianceState.SUSPENDED, "#455a64");

    @EJB
    private ComplianceDesk desk;

    private ComplianceState state = ComplianceState.OVERDUE;
    private String locality;
    private String client;
    private Map<ComplianceState, Long> counts;
    private LazyDataModel<ConnectionCompliance> model;

    /**
     * The standing of the list: OVERDUE when the address names none, or one the page does not know
     * (the converter has then said so at the top of the page, and the view action does not run).
     */
    public ComplianceState getShown() {
        return state == null || state == ComplianceState.ENDED ? ComplianceState.OVERDUE : state;
    }

    public ComplianceFilter getFilter() {
        return new ComplianceFilter(getShown(), locality, client);
    }

    private Map<ComplianceState, Long> counts() {
        if (counts == null) {
            counts = desk.counts(getFilter());
        }
        return counts;
    }

    /** The search form: the same page with the filters in its address. */
    public void search() {
        Pages.redirect(address(getShown()));
    }

    /** A bar of the chart was chosen: its list. */
    public void chartSelected(ItemSelectEvent event) {
        int index = event.getItemIndex();
        if (index >= 0 && index < ComplianceState.COUNTED.size()) {
            Pages.redirect(address(ComplianceState.COUNTED.get(index)));
        }
    }

    /** The page's address for another standing's list, with the same filters. */
    public String address(ComplianceState other) {
        StringBuilder address = new StringBuilder("/staff/compliance/index.xhtml?state=").append(other.name());
        append(address, "locality", locality);
        append(address, "client", client);
        return address.toString();
    }

    /** The CSV export of the list shown, with its filters. */
    public String getExportAddress() {
        StringBuilder address = new StringBuilder("/staff/compliance/export?state=").append(getShown().name());
        append(address, "locality", locality);
        append(address, "client", client);
        return address.toString();
    }

    private static void append(StringBuilder address, String name, String value) {
        if (value != null && !value.isBlank()) {
            address.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Chart.js's configuration: one bar per standing, labelled in the reader's language. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (ComplianceState s : ComplianceState.COUNTED) {
            labels.add(Messages.text("compliance.state." + s.name()));
            data.add(countOf(s));
            colours.add(COLOURS.get(s));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.text("compliance.dashboard.connections"))
                                .add("data", data).add("backgroundColor", colours)
                                // a standing with a handful of connections beside hundreds still shows, and can be clicked
                                .add("minBarLength", 8))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false) // figures, not a show: nothing moves (WCAG 2.3.3)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    public ComplianceState[] getStates() {
        return ComplianceState.COUNTED.toArray(ComplianceState[]::new);
    }

    public long countOf(ComplianceState s) {
        return counts().getOrDefault(s, 0L);
    }

    public LazyDataModel<ConnectionCompliance> getModel() {
        if (model == null) {
            ComplianceFilter filter = getFilter();
            model = new ServicePagedModel<>(() -> (int) Math.min(Integer.MAX_VALUE, desk.count(filter)),
                    (first, size, sort) -> desk.list(filter, first, size), ConnectionCompliance::getConnectionId);
        }
        return model;
    }

    public ComplianceState getState() {
        return state;
    }

    public void setState(ComplianceState state) {
        this.state = state;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }
}
