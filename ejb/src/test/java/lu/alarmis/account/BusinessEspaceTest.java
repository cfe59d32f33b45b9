package lu.alarmis.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessEspaceTest {

    @ParameterizedTest
    @CsvSource({"b123456,B123456", "B 12345,B12345", "B1,B1"})
    void tradeRegisterNumbersAreNormalised(String typed, String stored) {
        assertThat(BusinessEspace.normaliseTradeRegisterNumber(typed)).isEqualTo(stored)
                .matches(BusinessEspace.TRADE_REGISTER_PATTERN);
    }

    @ParameterizedTest
    @CsvSource({"l-1660,L-1660", "L 1660,L-1660", "1660,L-1660", "L1660,L-1660"})
    void postcodesAreNormalised(String typed, String stored) {
        assertThat(BusinessEspace.normalisePostcode(typed)).isEqualTo(stored).matches(BusinessEspace.POSTCODE_PATTERN);
    }

    @ParameterizedTest
    @CsvSource({"123456", "B1234567", "C123456"})
    void otherNumbersAreNotTradeRegisterNumbers(String typed) {
        assertThat(BusinessEspace.normaliseTradeRegisterNumber(typed)).doesNotMatch(BusinessEspace.TRADE_REGISTER_PATTERN);
    }

    @ParameterizedTest
    @CsvSource({"D-1660", "L-166", "12345"})
    void otherCodesAreNotLuxembourgPostcodes(String typed) {
        assertThat(BusinessEspace.normalisePostcode(typed)).doesNotMatch(BusinessEspace.POSTCODE_PATTERN);
    }
}
