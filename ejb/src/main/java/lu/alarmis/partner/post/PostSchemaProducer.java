package lu.alarmis.partner.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One compiled schema of the POST contract for the whole application: compiling it is costly, using it is thread-safe. */
@ApplicationScoped
class PostSchemaProducer {

    @Produces
    @Singleton
    PostSchema schema() {
        return new PostSchema();
    }
}
