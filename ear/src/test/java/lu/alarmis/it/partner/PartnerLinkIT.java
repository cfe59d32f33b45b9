package lu.alarmis.it.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;
import lu.alarmis.it.support.RemotePostPartner;
import lu.alarmis.it.support.TlsClient;
import lu.alarmis.partner.post.PostMessageProperties;

/**
 * POST's door from outside, as POST's system uses it: a remote JMS client over the HTTP port,
 * with the partner's credentials (given to the test server as ALARMIS_POST_USER/PASSWORD). The
 * partner may send to PostInbound and read PostOutbound, nothing else; nobody else may do either.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerLinkIT {

    private static final String PARTNER = "alarmis-link@post.test";
    private static final String PARTNER_PASSWORD = "partner password of the tests";
    private static final String BROKER = RemotePostPartner.BROKER;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @Test
    void thePartnerSendsToPostInboundAndReadsTheAnswerOnPostOutbound() {
        String messageId = "post-" + UUID.randomUUID();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
             JMSContext jms = factory.createContext(PARTNER, PARTNER_PASSWORD)) {
            TextMessage message = jms.createTextMessage("<OrderConfirmed xmlns=\"urn:lu:alarmis:post:1\"/>");
            setProperties(message, messageId);
            jms.createProducer().send(queue(jms, "PostInbound"), message);

            try (JMSConsumer answers = jms.createConsumer(queue(jms, "PostOutbound"),
                    "JMSCorrelationID = '" + messageId + "'")) {
                TextMessage answer = (TextMessage) answers.receive(20_000);
                assertThat(answer).as("MessageRejected for the partner's invalid message").isNotNull();
                assertThat(answer.getStringProperty(PostMessageProperties.MESSAGE_TYPE)).isEqualTo("MESSAGE_REJECTED");
                assertThat(answer.getText()).contains("<errorCode>SCHEMA_INVALID</errorCode>");
            } catch (jakarta.jms.JMSException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void thePartnerCannotReadPostInboundNorSendToPostOutbound() {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
             JMSContext jms = factory.createContext(PARTNER, PARTNER_PASSWORD)) {
            assertThatThrownBy(() -> jms.createConsumer(queue(jms, "PostInbound")).close())
                    .isInstanceOf(JMSRuntimeException.class).hasMessageContaining("AMQ229213");
            assertThatThrownBy(() -> jms.createProducer().send(queue(jms, "PostOutbound"), "forged answer"))
                    .isInstanceOf(JMSRuntimeException.class).hasMessageContaining("AMQ229032");
            assertThatThrownBy(() -> jms.createProducer().send(queue(jms, "PostDeadLetter"), "x"))
                    .isInstanceOf(JMSRuntimeException.class).hasMessageContaining("AMQ229032");
        }
    }

    @Test
    void wrongOrMissingCredentialsAreRefused() {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER)) {
            assertThatThrownBy(() -> factory.createContext(PARTNER, "not the password").close())
                    .isInstanceOf(JMSSecurityRuntimeException.class);
            assertThatThrownBy(() -> {
                try (JMSContext anonymous = factory.createContext()) {
                    anonymous.createProducer().send(queue(anonymous, "PostInbound"), "x");
                }
            }).isInstanceOf(JMSRuntimeException.class);
        }
    }

    @Test
    void aStaffAccountHasNoAccessToThePartnerQueues() {
        String staff = "staff." + System.nanoTime() + "@police.etat.lu";
        Fixtures.staff(staff, "staff password for the partner test", "cin-supervisor,admin");
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
             JMSContext jms = factory.createContext(staff, "staff password for the partner test")) {
            assertThatThrownBy(() -> jms.createProducer().send(queue(jms, "PostInbound"), "x"))
                    .isInstanceOf(JMSRuntimeException.class).hasMessageContaining("AMQ229032");
            assertThatThrownBy(() -> jms.createConsumer(queue(jms, "PostOutbound")).close())
                    .isInstanceOf(JMSRuntimeException.class).hasMessageContaining("AMQ229213");
        }
    }

    @Test
    void thePartnerAccountCannotSignInOnTheWeb() {
        TlsClient browser = TlsClient.withoutCertificate();
        var page = browser.submit("/login.xhtml", "login",
                java.util.Map.of("email", PARTNER, "password", PARTNER_PASSWORD), "signIn");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The e-mail address, the password or the one-time code is not correct");
        assertThat(page.body()).doesNotContain("Signed in as");
    }

    private static Queue queue(JMSContext jms, String name) {
        return jms.createQueue(name);
    }

    private static void setProperties(TextMessage message, String messageId) {
        try {
            message.setStringProperty(PostMessageProperties.MESSAGE_ID, messageId);
            message.setStringProperty(PostMessageProperties.MESSAGE_TYPE, "ORDER_CONFIRMED");
            message.setStringProperty(PostMessageProperties.SCHEMA_VERSION, "1.0");
        } catch (jakarta.jms.JMSException e) {
            throw new AssertionError(e);
        }
    }
}
