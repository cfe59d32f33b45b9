package lu.alarmis.web.staff.clients;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.ClientRepository;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.client.RegisterFilter;
import lu.alarmis.web.Messages;

/**
 * /staff/clients/index.xhtml: the client register, searched by client number, name,
 * trade-register number, locality and state; each page of results is cut by the database.
 */
@Named("register")
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientRegister service;

    private final RegisterFilter filter = new RegisterFilter();
    private long matching;
    private LazyDataModel<RegisterLine> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                matching = service.count(filter);
                return (int) matching;
            }

            @Override
            public List<RegisterLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
                ResourceBundle messages = ResourceBundle.getBundle(Messages.BUNDLE,
                        FacesContext.getCurrentInstance().getViewRoot().getLocale());
                return service.search(filter, first, pageSize).stream().map(row -> RegisterLine.of(row, messages)).toList();
            }

            @Override
            public String getRowKey(RegisterLine line) {
                return String.valueOf(line.connectionId());
            }

            @Override
            public RegisterLine getRowData(String rowKey) {
                return null;
            }
        };
    }

    public RegisterFilter getFilter() {
        return filter;
    }

    public ConnectionState[] getStates() {
        return ConnectionState.values();
    }

    public LazyDataModel<RegisterLine> getModel() {
        return model;
    }

    public long getMatching() {
        return Math.min(matching, ClientRepository.COUNT_CAP);
    }

    public boolean isMoreThanCounted() {
        return matching > ClientRepository.COUNT_CAP;
    }
}
