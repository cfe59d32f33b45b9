package lu.alarmis.client.legacy;

/**
 * Why a line of the legacy register's file was not imported: its number in the file (the header is
 * line 1), the column, the reason, and the value as it was found (cut for the report).
 */
public record LineProblem(long lineNumber, LegacyColumn column, Reason reason, String value) {

    public enum Reason {
        /** A required value is empty. */
        MISSING,
        /** Longer than the register keeps. */
        TOO_LONG,
        /** Not written AL-YYYY-NNNNNN-C. */
        CLIENT_NUMBER_FORMAT,
        /** Written like a client number, but its check digit does not fit: a typing error somewhere. */
        CHECK_DIGIT_WRONG,
        UNKNOWN_LEGAL_FORM,
        /** Not a trade-register number of any register (letters then digits). */
        TRADE_REGISTER_FORMAT,
        UNKNOWN_LANGUAGE,
        /** Not a Luxembourg postcode (L-1234). */
        POSTCODE_NOT_LUXEMBOURG,
        /** Not yes or no. */
        NOT_YES_OR_NO,
        /** Neither passive nor active alarms: nothing the police would receive. */
        NO_ALARM_TYPE,
        UNKNOWN_STATE,
        /** Not a date (2026-12-05 or 05.12.2026). */
        DATE_INVALID,
        DATE_IN_FUTURE,
        /** The client number was on an earlier line of the same file. */
        DUPLICATE_IN_FILE,
        /** The line has more or fewer values than the header has columns. */
        WRONG_NUMBER_OF_VALUES,
        /** The client number is one this service issued to an approved request, not the legacy register's. */
        ISSUED_HERE,
        /** The file differs from the register, but the connection was acted on in this service since: the register keeps its own. */
        CHANGED_HERE,
        /** The file gives another postal address than the one staff confirmed, which stays. */
        ADDRESS_CONFIRMED,
        /** A connection of the legacy register that the file lacks: reported, not ended. */
        MISSING_FROM_FILE
    }

    /** What the register made of a line, or a connection the file lacks (line 0): the detail is kept whole (the report cuts it). */
    static LineProblem remark(long lineNumber, Reason reason, String detail) {
        return new LineProblem(lineNumber, null, reason, detail);
    }

    static LineProblem of(long lineNumber, LegacyColumn column, Reason reason, String value) {
        return new LineProblem(lineNumber, column, reason,
                value == null || value.length() <= 80 ? value : value.substring(0, 80) + "…");
    }
}
