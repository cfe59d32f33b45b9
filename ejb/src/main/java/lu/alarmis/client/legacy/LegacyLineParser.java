package lu.alarmis.client.legacy;

import static lu.alarmis.common.Text.blank;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.LegalForm;
import lu.alarmis.client.Address;
import lu.alarmis.client.Client;
import lu.alarmis.client.ClientNumber;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.client.LegacyEntry;
import lu.alarmis.common.Language;

/**
 * Checks one line of the legacy register's file, every value on its own, so that a line with
 * several faults reports them all at once: either the line as the register will keep it, or the
 * problems, each with its column and reason. Nothing here touches the database; a client number
 * repeated within the file is for the import to notice.
 */
public final class LegacyLineParser {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LUXEMBOURG = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The ways the legacy register writes legal forms, reduced to capitals without dots, spaces or accents. */
    private static final Map<String, LegalForm> LEGAL_FORMS = legalForms();

    private final LocalDate today;

    /** @param today the day the file is read on, in Luxembourg: no date of the file may come after it */
    public LegacyLineParser(LocalDate today) {
        this.today = today;
    }

    /** Either the line, or every problem it has. */
    public record Parsed(Optional<LegacyEntry> line, List<LineProblem> problems) {
    }

    /** @param values the line's values by column (a column the file lacks is empty) */
    public Parsed parse(long lineNumber, Map<LegacyColumn, String> values) {
        Checks checks = new Checks(lineNumber, values);
        String clientNumber = checks.text(LegacyColumn.CLIENT_NUMBER, value -> {
            String number = value.toUpperCase(Locale.ROOT);
            if (ClientNumber.isValid(number)) {
                return number;
            }
            throw new Refused(number.matches("AL-[0-9]{4}-[0-9]{6}-[0-9]") ? LineProblem.Reason.CHECK_DIGIT_WRONG
                    : LineProblem.Reason.CLIENT_NUMBER_FORMAT);
        });
        String name = checks.text(LegacyColumn.NAME, Function.identity());
        LegalForm legalForm = checks.text(LegacyColumn.LEGAL_FORM, value -> Optional.ofNullable(LEGAL_FORMS.get(reduced(value)))
                .orElseThrow(() -> new Refused(LineProblem.Reason.UNKNOWN_LEGAL_FORM)));
        String tradeRegister = checks.text(LegacyColumn.TRADE_REGISTER_NUMBER, value -> {
            String number = Client.normaliseTradeRegisterNumber(value);
            if (!number.matches("[A-Z]{1,3}[0-9]{1,9}")) {
                throw new Refused(LineProblem.Reason.TRADE_REGISTER_FORMAT);
            }
            return number;
        });
        Language language = checks.text(LegacyColumn.LANGUAGE, value -> Language.ofTag(value)
                .orElseThrow(() -> new Refused(LineProblem.Reason.UNKNOWN_LANGUAGE)));
        Address postal = checks.address(LegacyColumn.POSTAL_STREET, LegacyColumn.POSTAL_HOUSE_NUMBER,
                LegacyColumn.POSTAL_POSTCODE, LegacyColumn.POSTAL_LOCALITY);
        Address site = checks.address(LegacyColumn.SITE_STREET, LegacyColumn.SITE_HOUSE_NUMBER,
                LegacyColumn.SITE_POSTCODE, LegacyColumn.SITE_LOCALITY);
        Boolean passive = checks.text(LegacyColumn.PASSIVE_ALARM, LegacyLineParser::yesOrNo);
        Boolean active = checks.text(LegacyColumn.ACTIVE_ALARM, LegacyLineParser::yesOrNo);
        if (!checks.failed(LegacyColumn.PASSIVE_ALARM) && !checks.failed(LegacyColumn.ACTIVE_ALARM)
                && !Boolean.TRUE.equals(passive) && !Boolean.TRUE.equals(active)) {
            checks.problem(LegacyColumn.PASSIVE_ALARM, LineProblem.Reason.NO_ALARM_TYPE,
                    values.get(LegacyColumn.PASSIVE_ALARM));
        }
        String lineId = checks.text(LegacyColumn.POST_LINE_ID, Function.identity());
        String transmitter = checks.text(LegacyColumn.TRANSMITTER_ID, Function.identity());
        ConnectionState state = checks.text(LegacyColumn.STATE, value -> {
            try {
                return ConnectionState.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Refused(LineProblem.Reason.UNKNOWN_STATE);
            }
        });
        LocalDate connectedOn = checks.text(LegacyColumn.CONNECTED_ON, this::date);
        LocalDate servicedOn = checks.text(LegacyColumn.LAST_SERVICING_ON, this::date);
        LocalDate testedOn = checks.text(LegacyColumn.LAST_TRANSMISSION_TEST_ON, this::date);

        if (!checks.problems.isEmpty()) {
            return new Parsed(Optional.empty(), List.copyOf(checks.problems));
        }
        return new Parsed(Optional.of(new LegacyEntry(lineNumber, clientNumber, name, legalForm, tradeRegister,
                language == null ? Language.FR : language, postal, site, Boolean.TRUE.equals(passive),
                Boolean.TRUE.equals(active), lineId, transmitter, state == null ? ConnectionState.ACTIVE : state,
                connectedOn, servicedOn, testedOn)), List.of());
    }

    private LocalDate date(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value, value.contains(".") ? LUXEMBOURG : ISO);
        } catch (DateTimeParseException e) {
            throw new Refused(LineProblem.Reason.DATE_INVALID);
        }
        if (date.isAfter(today)) {
            throw new Refused(LineProblem.Reason.DATE_IN_FUTURE);
        }
        return date;
    }

    private static Boolean yesOrNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "oui", "ja", "true", "1", "x" -> Boolean.TRUE;
            case "no", "n", "non", "nein", "false", "0" -> Boolean.FALSE;
            default -> throw new Refused(LineProblem.Reason.NOT_YES_OR_NO);
        };
    }

    /** Capitals, without accents, dots, spaces or dashes: "S.à r.l." is "SARL". */
    private static String reduced(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[.\\s\\-_]", "").toUpperCase(Locale.ROOT);
    }

    private static Map<String, LegalForm> legalForms() {
        Map<String, LegalForm> forms = new java.util.HashMap<>();
        for (LegalForm form : LegalForm.values()) {
            forms.put(reduced(form.name()), form);
        }
        forms.put("SARLS", LegalForm.SARL_S);
        forms.put("EI", LegalForm.SOLE_TRADER);
        forms.put("ENTREPRISEINDIVIDUELLE", LegalForm.SOLE_TRADER);
        forms.put("ETABLISSEMENTPUBLIC", LegalForm.PUBLIC_BODY);
        forms.put("ADMINISTRATION", LegalForm.PUBLIC_BODY);
        forms.put("COMMUNE", LegalForm.PUBLIC_BODY);
        forms.put("AUTRE", LegalForm.OTHER);
        return Map.copyOf(forms);
    }

    /** A value the check refuses, with why. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final LineProblem.Reason reason;

        Refused(LineProblem.Reason reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }

    /** The line's values, checked one by one; every problem is kept. */
    private static final class Checks {

        private final long lineNumber;
        private final Map<LegacyColumn, String> values;
        private final List<LineProblem> problems = new ArrayList<>();
        private final Map<LegacyColumn, Boolean> failed = new EnumMap<>(LegacyColumn.class);

        Checks(long lineNumber, Map<LegacyColumn, String> values) {
            this.lineNumber = lineNumber;
            this.values = values;
        }

        /** The column's value made into what the register keeps; {@code null} when empty (and optional) or refused. */
        <T> T text(LegacyColumn column, Function<String, T> convert) {
            String raw = values.get(column);
            String value = raw == null ? null : raw.strip();
            if (blank(value)) {
                if (column.isRequired()) {
                    problem(column, LineProblem.Reason.MISSING, null);
                }
                return null;
            }
            if (value.length() > column.maxLength()) {
                problem(column, LineProblem.Reason.TOO_LONG, value);
                return null;
            }
            try {
                return convert.apply(value);
            } catch (Refused refused) {
                problem(column, refused.reason, value);
                return null;
            }
        }

        Address address(LegacyColumn street, LegacyColumn number, LegacyColumn postcode, LegacyColumn locality) {
            String streetValue = text(street, Function.identity());
            String numberValue = text(number, Function.identity());
            String postcodeValue = text(postcode, value -> {
                String normalised = BusinessEspace.normalisePostcode(value);
                if (normalised == null || !normalised.matches(BusinessEspace.POSTCODE_PATTERN)) {
                    throw new Refused(LineProblem.Reason.POSTCODE_NOT_LUXEMBOURG);
                }
                return normalised;
            });
            String localityValue = text(locality, Function.identity());
            if (streetValue == null || numberValue == null || postcodeValue == null || localityValue == null) {
                return null;
            }
            return new Address(streetValue, numberValue, postcodeValue, localityValue);
        }

        void problem(LegacyColumn column, LineProblem.Reason reason, String value) {
            problems.add(LineProblem.of(lineNumber, column, reason, value));
            failed.put(column, true);
        }

        boolean failed(LegacyColumn column) {
            return failed.containsKey(column);
        }
    }
}
