package lu.alarmis.web.staff.clients;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.ClientRepository;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.client.RegisterFilter;
import lu.alarmis.client.RegisterRow;

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
    private LazyDataModel<RegisterRow> model;

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
            public List<RegisterRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
                return service.search(filter, first, pageSize);
            }

            @Override
            public String getRowKey(RegisterRow row) {
                return String.valueOf(row.connectionId());
            }

            @Override
            public RegisterRow getRowData(String rowKey) {
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

    public LazyDataModel<RegisterRow> getModel() {
        return model;
    }

    public long getMatching() {
        return Math.min(matching, ClientRepository.COUNT_CAP);
    }

    public boolean isMoreThanCounted() {
        return matching > ClientRepository.COUNT_CAP;
    }
}
