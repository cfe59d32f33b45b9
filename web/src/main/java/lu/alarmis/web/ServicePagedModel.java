package lu.alarmis.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model whose count and pages come from a service: the database filters,
 * sorts and cuts; nothing is held or filtered in memory. Rows are never looked up by key.
 */
public final class ServicePagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows match. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        int count();
    }

    /** One page of rows, sorted as the table asks. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy);
    }

    /** The row's key, e.g. its id. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final Key<T> key;

    public ServicePagedModel(Counter counter, Loader<T> loader, Key<T> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return counter.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize, sortBy);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
