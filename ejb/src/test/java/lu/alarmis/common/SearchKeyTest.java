package lu.alarmis.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void theSearchKeyIgnoresCaseAccentsAndSurroundingBlanks() {
        assertThat(SearchKey.of(" Esch-sur-Alzette ")).isEqualTo("ESCH-SUR-ALZETTE");
        assertThat(SearchKey.of("Bëttembuerg")).isEqualTo(SearchKey.of("bettembuerg"));
        assertThat(SearchKey.of("Pétange")).isEqualTo("PETANGE");
        assertThat(SearchKey.of("  ")).isNull();
    }

    @Test
    void everyKeyStartingWithThePrefixLiesBetweenThePrefixAndItsUpperBound() {
        String prefix = SearchKey.of("esch");
        String upper = SearchKey.upperBound(prefix);

        assertThat(upper).isEqualTo("ESCI");
        assertThat("ESCH-SUR-ALZETTE").isGreaterThanOrEqualTo(prefix).isLessThan(upper);
        assertThat("ESCH").isGreaterThanOrEqualTo(prefix).isLessThan(upper);
        assertThat("ESCHWEILER").isLessThan(upper);
        assertThat("ESCI").isGreaterThanOrEqualTo(upper);
        assertThat("ERPELDANGE").isLessThan(prefix);
    }

    @Test
    void wildcardsInThePrefixAreTakenLiterally() {
        assertThat(SearchKey.likePattern("A_B%C!")).isEqualTo("A!_B!%C!!%");
    }
}
