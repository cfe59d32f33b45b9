package lu.alarmis.it.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import jakarta.jms.TextMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.RemotePostPartner;
import lu.alarmis.it.support.TestServer;

/**
 * POST resends a message after our server restarted (it could not be sure we had it): the message
 * is not applied nor answered a second time, because what was processed is known from the
 * database, not from memory or the broker's duplicate cache (POST's messages here carry no
 * broker duplicate id). The restart is a real reload of the server: the broker, the application
 * and its persistence unit start again.
 */
@Tag(DatabaseDependent.TAG)
@ExtendWith(ArquillianExtension.class)
class PostRestartIT {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final RemotePostPartner post = new RemotePostPartner();

    @Test
    void aDuplicateThatArrivesAfterARestartIsNeitherAppliedNorAnsweredAgain() throws Exception {
        String messageId = "post-" + UUID.randomUUID();
        String body = PostMessagingIT.orderConfirmed("ORD-RESTART-" + messageId.substring(5, 13).toUpperCase());
        post.send(messageId, "ORDER_CONFIRMED", body);
        TextMessage first = post.answerTo(messageId, ANSWER_TIMEOUT);
        assertThat(first).as("answer before the restart").isNotNull();
        assertThat(first.getText()).contains("<outcome>PARKED</outcome>");

        TestServer.reload("/index.xhtml");
        post.send(messageId, "ORDER_CONFIRMED", body);
        // A new message sent after the duplicate: its answer shows that processing runs again.
        String afterwards = "post-" + UUID.randomUUID();
        post.send(afterwards, "ORDER_CONFIRMED",
                PostMessagingIT.orderConfirmed("ORD-RESTART-" + afterwards.substring(5, 13).toUpperCase()));

        assertThat(post.answerTo(afterwards, ANSWER_TIMEOUT)).as("answer to a new message after the restart").isNotNull();
        assertThat(post.allAnswersTo(messageId, Duration.ofSeconds(5))).as("answers to the duplicate").isEmpty();
    }
}
