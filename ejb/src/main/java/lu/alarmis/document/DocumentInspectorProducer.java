package lu.alarmis.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One document inspector (and its Tika) for the whole application: building it is costly, using it is thread-safe. */
@ApplicationScoped
class DocumentInspectorProducer {

    @Produces
    @Singleton
    DocumentInspector inspector() {
        return new DocumentInspector();
    }
}
