package lu.alarmis.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalityPrefixTest {

    @Test
    void theSearchKeyIgnoresCaseAccentsAndSurroundingBlanks() {
        assertThat(ConnectionRequest.localityKey(" Esch-sur-Alzette ")).isEqualTo("ESCH-SUR-ALZETTE");
        assertThat(ConnectionRequest.localityKey("Bëttembuerg")).isEqualTo(ConnectionRequest.localityKey("bettembuerg"));
        assertThat(ConnectionRequest.localityKey("Pétange")).isEqualTo("PETANGE");
        assertThat(ConnectionRequest.localityKey("  ")).isNull();
    }

    @Test
    void everyKeyStartingWithThePrefixLiesBetweenThePrefixAndItsUpperBound() {
        String prefix = ConnectionRequest.localityKey("esch");
        String upper = LocalityPrefix.upperBound(prefix);

        assertThat(upper).isEqualTo("ESCI");
        assertThat("ESCH-SUR-ALZETTE").isGreaterThanOrEqualTo(prefix).isLessThan(upper);
        assertThat("ESCH").isGreaterThanOrEqualTo(prefix).isLessThan(upper);
        assertThat("ESCHWEILER").isLessThan(upper);
        assertThat("ESCI").isGreaterThanOrEqualTo(upper);
        assertThat("ERPELDANGE").isLessThan(prefix);
    }

    @Test
    void wildcardsInThePrefixAreTakenLiterally() {
        assertThat(LocalityPrefix.likePattern("A_B%C!")).isEqualTo("A!_B!%C!!%");
    }
}
