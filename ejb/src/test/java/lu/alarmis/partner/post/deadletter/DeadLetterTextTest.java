package lu.alarmis.partner.post.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;

import jakarta.ejb.EJBTransactionRolledbackException;

import org.junit.jupiter.api.Test;

class DeadLetterTextTest {

    @Test
    void theReasonOfAFailureIsItsInnermostCauseThatSaysWhatWentWrong() {
        var constraint = new SQLIntegrityConstraintViolationException("violates check constraint \"ck_x\"");
        var wrapped = new EJBTransactionRolledbackException("Transaction rolled back",
                new IllegalStateException("could not execute statement", constraint));

        assertThat(FailureReason.of(wrapped))
                .isEqualTo("SQLIntegrityConstraintViolationException: violates check constraint \"ck_x\"");
        assertThat(FailureReason.of(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void theQueueIsNamedAsStaffKnowItNotByTheBrokersAddress() {
        assertThat(DeadLetterDesk.queueName("jms.queue.PostInbound")).isEqualTo("PostInbound");
        assertThat(DeadLetterDesk.queueName("PostOutbound")).isEqualTo("PostOutbound");
        assertThat(DeadLetterDesk.queueName(null)).isNull();
    }

    @Test
    void whatIsStoredOfAFailureIsCutToItsColumns() {
        var failure = new DeliveryFailure("ID:1", "x".repeat(150), "T".repeat(50), 0, java.time.Instant.EPOCH,
                "r".repeat(3000));

        assertThat(failure.getMessageId()).hasSize(DeliveryFailure.ID_MAX);
        assertThat(failure.getMessageType()).hasSize(DeliveryFailure.TYPE_MAX);
        assertThat(failure.getReason()).hasSize(DeliveryFailure.REASON_MAX);
        assertThat(failure.getAttempt()).isEqualTo(1);
    }
}
