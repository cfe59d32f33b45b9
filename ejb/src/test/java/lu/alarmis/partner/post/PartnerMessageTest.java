package lu.alarmis.partner.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartnerMessageTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static PartnerMessage inbound(String messageId, String type, String body) {
        return new PartnerMessage(MessageDirection.INBOUND, messageId, type, "1.0", null, body, Instant.now());
    }

    private static Set<String> invalidFields(PartnerMessage message) {
        return validator.validate(message).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aWellFormedMessageIsValid() {
        assertThat(invalidFields(inbound("m-1", "ORDER_CONFIRMED", "<x/>"))).isEmpty();
    }

    @Test
    void aMessageWithoutIdIsRefused() {
        assertThat(invalidFields(inbound(" ", "ORDER_CONFIRMED", "<x/>"))).containsExactly("messageId");
    }

    @Test
    void aMessageTypeIsKeptAsTheSenderGaveItSoThatItsRejectionCanBeShown() {
        assertThat(invalidFields(inbound("m-1", "order confirmed", "<x/>"))).isEmpty();
        assertThat(invalidFields(inbound("m-1", " ", "<x/>"))).containsExactly("messageType");
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        String oversized = "x".repeat(PartnerMessage.BODY_MAX + 1);
        assertThat(invalidFields(inbound("m-1", "ORDER_CONFIRMED", oversized))).containsExactly("body");
    }

    @Test
    void twoRecordsOfTheSameMessageIdAndDirectionAreTheSameMessage() {
        assertThat(inbound("m-1", "ORDER_CONFIRMED", "<a/>")).isEqualTo(inbound("m-1", "LINE_ACTIVE", "<b/>"));
    }
}
