package lu.alarmis.client;

/**
 * What the register did with one entry of the legacy register.
 *
 * @param connectionId the connection the entry is, unless it was rejected
 * @param remark why it was rejected or kept, or what the file said that the register did not take; {@code null} if nothing
 * @param detail the differences or the value concerned, in words for the import's report
 */
public record LegacyEntryOutcome(long lineNumber, Outcome outcome, Long connectionId, Remark remark, String detail) {

    public enum Outcome {
        /** A connection (and its client, unless the register had it) entered the register. */
        CREATED,
        /** The register took what a later file changed. */
        UPDATED,
        /** The register already said the same. */
        UNCHANGED,
        /** The file differs, but the connection was acted on in this service since: the register keeps its own. */
        KEPT,
        /** Not taken at all. */
        REJECTED
    }

    public enum Remark {
        /** The client number is one this service issued to an approved request: not the legacy register's. */
        ISSUED_HERE,
        /** The connection was acted on in this service since it was imported: the file's values are not taken. */
        CHANGED_HERE,
        /** The file gives another postal address than the one staff confirmed, which stays. */
        ADDRESS_CONFIRMED
    }
}
