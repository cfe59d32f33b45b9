package lu.alarmis.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import lu.alarmis.account.LegalForm;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Language;

class ConnectionTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final Client client = new Client("Bijouterie Weber", LegalForm.SARL, "b 200 002", null,
            new Address("Grand-Rue", "5", "l1660", "Luxembourg"), RegisterOrigin.REQUEST, NOW);

    @Test
    void aClientKeepsItsNumbersAndAddressNormalisedWritesInFrenchByDefaultAndIsNotConfirmedUntilStaffConfirm() {
        assertThat(client.getTradeRegisterNumber()).isEqualTo("B200002");
        assertThat(client.getPostalAddress().getPostcode()).isEqualTo("L-1660");
        assertThat(client.getCorrespondenceLanguage()).isEqualTo(Language.FR);
        assertThat(client.isAddressConfirmed()).isFalse();

        assertThatThrownBy(() -> client.confirmPostalAddress(new Address("Grand-Rue", "", "L-1660", "Luxembourg"),
                "sup@police.etat.lu", NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("client.addressIncomplete");
        client.confirmPostalAddress(new Address("Grand-Rue", "5", "L-1660", "Luxembourg"), "sup@police.etat.lu", NOW);
        assertThat(client.isAddressConfirmed()).isTrue();
        assertThat(client.getAddressConfirmedBy()).isEqualTo("sup@police.etat.lu");
    }

    @Test
    void aConnectionIsWaitingForItsLineUntilPostRoutesIt() {
        Connection connection = connection();
        assertThat(connection.getState()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(connection.getStanding()).isEqualTo(Connection.Standing.WAITING_FOR_LINE);

        connection.lineActive("LINE-9", NOW.plusSeconds(3600));

        assertThat(connection.getStanding()).isEqualTo(Connection.Standing.ACTIVE);
        assertThat(connection.getPostLineId()).isEqualTo("LINE-9");
        assertThat(connection.getLineActiveSince()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void aConnectionIsSuspendedReinstatedAndEndedOnlyFromTheRightState() {
        Connection connection = connection();
        assertThatThrownBy(() -> connection.reinstate(NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("connection.notSuspended");
        connection.suspend(NOW.plusSeconds(60));
        assertThat(connection.getState()).isEqualTo(ConnectionState.SUSPENDED);
        assertThat(connection.getStateSince()).isEqualTo(NOW.plusSeconds(60));
        assertThat(connection.getStanding()).isEqualTo(Connection.Standing.SUSPENDED);
        assertThatThrownBy(() -> connection.suspend(NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("connection.notActive");
        connection.reinstate(NOW.plusSeconds(120));
        assertThat(connection.getState()).isEqualTo(ConnectionState.ACTIVE);
        connection.end(NOW.plusSeconds(180));
        assertThat(connection.getState()).isEqualTo(ConnectionState.ENDED);
        assertThatThrownBy(() -> connection.end(NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("connection.notOpen");
        assertThatThrownBy(() -> connection.reinstate(NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("connection.notSuspended");
    }

    @Test
    void aConnectionWithoutPassiveOrActiveAlarmsIsRefused() {
        assertThatThrownBy(() -> new Connection(client, ClientNumber.of(2026, 2), site(), false, false, "ORD-1", null,
                null, RegisterOrigin.REQUEST, "R-1", NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("connection.alarmTypeRequired");
    }

    private Connection connection() {
        return new Connection(client, ClientNumber.of(2026, 1), site(), true, false, "ORD-1", "LINE-1", "TX-1",
                RegisterOrigin.REQUEST, "R-1", NOW);
    }

    private static Address site() {
        return new Address("Grand-Rue", "5", "L-1660", "Luxembourg");
    }
}
