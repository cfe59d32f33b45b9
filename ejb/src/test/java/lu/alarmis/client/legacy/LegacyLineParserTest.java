package lu.alarmis.client.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import lu.alarmis.account.LegalForm;
import lu.alarmis.client.Address;
import lu.alarmis.client.ClientNumber;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.client.LegacyEntry;
import lu.alarmis.common.Language;

class LegacyLineParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String HEADER = "client_number;name;legal_form;trade_register_number;language;postal_street;"
            + "postal_house_number;postal_postcode;postal_locality;site_street;site_house_number;site_postcode;"
            + "site_locality;passive_alarm;active_alarm;post_line_id;transmitter_id;state;connected_on;"
            + "last_servicing_on;last_transmission_test_on";
    private static final String GOOD = ClientNumber.of(2019, 42).value();

    private final LegacyLineParser parser = new LegacyLineParser(TODAY);

    @Test
    void aGoodLineIsReadAsTheRegisterKeepsIt() {
        List<LegacyLineParser.Parsed> parsed = parse(HEADER + "\n"
                + GOOD + ";\"Bijouterie Weber; Fils\";S.à r.l.;b 123 456;de;Grand-Rue;5;1660;Luxembourg;"
                + "Rue du Brill;12;L 4041;Esch-sur-Alzette;oui;non;LINE-9;TX-3;suspended;01.03.2019;2026-05-02;\n");

        assertThat(parsed).singleElement().satisfies(p -> {
            assertThat(p.problems()).isEmpty();
            LegacyEntry line = p.line().orElseThrow();
            assertThat(line.lineNumber()).isEqualTo(2);
            assertThat(line.clientNumber()).isEqualTo(GOOD);
            assertThat(line.name()).isEqualTo("Bijouterie Weber; Fils");
            assertThat(line.legalForm()).isEqualTo(LegalForm.SARL);
            assertThat(line.tradeRegisterNumber()).isEqualTo("B123456");
            assertThat(line.language()).isEqualTo(Language.DE);
            assertThat(line.postalAddress()).isEqualTo(new Address("Grand-Rue", "5", "L-1660", "Luxembourg"));
            assertThat(line.site()).isEqualTo(new Address("Rue du Brill", "12", "L-4041", "Esch-sur-Alzette"));
            assertThat(line.passiveAlarm()).isTrue();
            assertThat(line.activeAlarm()).isFalse();
            assertThat(line.state()).isEqualTo(ConnectionState.SUSPENDED);
            assertThat(line.connectedOn()).isEqualTo(LocalDate.of(2019, 3, 1));
            assertThat(line.lastServicingOn()).isEqualTo(LocalDate.of(2026, 5, 2));
            assertThat(line.lastTransmissionTestOn()).isNull();
        });
    }

    @Test
    void emptyOptionalValuesTakeTheRegistersDefaults() {
        LegacyEntry line = parse(HEADER + "\n" + GOOD + ";Commune de Mamer;commune;;;Place de l'Indépendance;1;"
                + "L-8252;Mamer;Place de l'Indépendance;1;L-8252;Mamer;;x;;;;2020-01-15;;\n").get(0).line().orElseThrow();

        assertThat(line.legalForm()).isEqualTo(LegalForm.PUBLIC_BODY);
        assertThat(line.tradeRegisterNumber()).as("none for a public body").isNull();
        assertThat(line.language()).as("French unless said otherwise").isEqualTo(Language.FR);
        assertThat(line.state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(line.activeAlarm()).isTrue();
        assertThat(line.passiveAlarm()).isFalse();
    }

    @Test
    void everyProblemOfALineIsReportedWithItsColumnAndReason() {
        String wrongCheckDigit = GOOD.substring(0, GOOD.length() - 1) + ((GOOD.charAt(GOOD.length() - 1) - '0' + 1) % 10);
        LegacyLineParser.Parsed parsed = parse(HEADER + "\n" + wrongCheckDigit + ";;Ltd;123;it;Grand-Rue;5;F-75001;Paris;"
                + "Rue A;;L-1111;Luxembourg;no;nein;;;closed;2027-01-01;31.02.2026;\n").get(0);

        assertThat(parsed.line()).isEmpty();
        assertThat(parsed.problems()).extracting(p -> p.lineNumber() + " " + p.column() + " " + p.reason())
                .containsExactlyInAnyOrder(
                        "2 CLIENT_NUMBER CHECK_DIGIT_WRONG",
                        "2 NAME MISSING",
                        "2 LEGAL_FORM UNKNOWN_LEGAL_FORM",
                        "2 TRADE_REGISTER_NUMBER TRADE_REGISTER_FORMAT",
                        "2 LANGUAGE UNKNOWN_LANGUAGE",
                        "2 POSTAL_POSTCODE POSTCODE_NOT_LUXEMBOURG",
                        "2 SITE_HOUSE_NUMBER MISSING",
                        "2 PASSIVE_ALARM NO_ALARM_TYPE",
                        "2 STATE UNKNOWN_STATE",
                        "2 CONNECTED_ON DATE_IN_FUTURE",
                        "2 LAST_SERVICING_ON DATE_INVALID");
        assertThat(parsed.problems()).filteredOn(p -> p.column() == LegacyColumn.STATE)
                .extracting(LineProblem::value).containsExactly("closed");
    }

    @Test
    void aClientNumberThatIsNotOneAndALineWithTheWrongNumberOfValuesAreSaid() {
        List<LegacyLineParser.Parsed> parsed = parse(HEADER + "\n"
                + "12345;Shop;SA;B1;fr;Rue A;1;L-1111;Luxembourg;Rue A;1;L-1111;Luxembourg;yes;no;;;;2020-01-01;;\n"
                + GOOD + ";Shop;SA\n");

        assertThat(parsed.get(0).problems()).extracting(LineProblem::reason)
                .containsExactly(LineProblem.Reason.CLIENT_NUMBER_FORMAT);
        assertThat(parsed.get(1).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.lineNumber()).isEqualTo(3);
            assertThat(problem.reason()).isEqualTo(LineProblem.Reason.WRONG_NUMBER_OF_VALUES);
        });
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedBeforeAnyLine() {
        try (LegacyFile file = new LegacyFile(new StringReader("\uFEFFclient_number;name\n" + GOOD + ";Shop\n"))) {
            assertThat(file.missingColumns()).contains("legal_form", "postal_street", "site_locality", "connected_on")
                    .doesNotContain("client_number", "name", "trade_register_number");
        }
    }

    @Test
    void eachLineIsNumberedAsAnEditorNumbersItAcrossEmptyLinesAndLineBreaksWithinQuotes() {
        String line = ";Shop;SA;B1;fr;Rue A;1;L-1111;Luxembourg;Rue A;1;L-1111;Luxembourg;yes;no;;;;2020-01-01;;";
        String quotedName = ";\"Bijouterie\nWeber\";SA;B1;fr;Rue A;1;L-1111;Luxembourg;Rue A;1;L-1111;Luxembourg;yes;no;;;;2020-01-01;;";
        List<Long> numbers = new ArrayList<>();
        try (LegacyFile file = new LegacyFile(new StringReader(HEADER + "\r\n" + GOOD + line + "\r\n\r\n"
                + GOOD + quotedName + "\r\n" + GOOD + line))) {
            for (Optional<LegacyFile.Line> next = file.next(); next.isPresent(); next = file.next()) {
                numbers.add(next.get().lineNumber());
            }
        }
        assertThat(numbers).as("line 3 is empty, the name on line 4 goes on to line 5").containsExactly(2L, 4L, 6L);
    }

    @Test
    void aFileThatCannotBeReadToTheEndSaysFromWhichLine() {
        try (LegacyFile file = new LegacyFile(new StringReader(HEADER + "\n" + GOOD
                + ";\"Shop;SA;B1;fr;Rue A;1;L-1111;Luxembourg;Rue A;1;L-1111;Luxembourg;yes;no;;;;2020-01-01;;\n"))) {
            assertThatThrownBy(file::next).isInstanceOfSatisfying(LegacyFile.UnreadableFileException.class,
                    unreadable -> assertThat(unreadable.lineNumber()).isGreaterThanOrEqualTo(2));
        }
        assertThatThrownBy(() -> new LegacyFile(new StringReader("client_number;name;name\n")))
                .as("two columns of the same name").isInstanceOf(LegacyFile.UnreadableFileException.class);
    }

    private List<LegacyLineParser.Parsed> parse(String content) {
        List<LegacyLineParser.Parsed> parsed = new ArrayList<>();
        try (LegacyFile file = new LegacyFile(new StringReader(content))) {
            assertThat(file.missingColumns()).isEmpty();
            for (Optional<LegacyFile.Line> next = file.next(); next.isPresent(); next = file.next()) {
                LegacyFile.Line line = next.get();
                parsed.add(line.unreadable()
                        .map(problem -> new LegacyLineParser.Parsed(Optional.empty(), List.of(problem)))
                        .orElseGet(() -> parser.parse(line.lineNumber(), line.values())));
            }
        }
        return parsed;
    }
}
