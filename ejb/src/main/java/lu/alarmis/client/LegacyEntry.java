package lu.alarmis.client;

import java.time.LocalDate;

import lu.alarmis.account.LegalForm;
import lu.alarmis.common.Language;

/**
 * One connection and its client as the legacy register kept them, read from a line of its file
 * that passed every check ({@code lu.alarmis.client.legacy}); {@link LegacyEntries} puts it into
 * the register.
 *
 * @param lineNumber where it stands in the file (the header is line 1)
 */
public record LegacyEntry(long lineNumber, String clientNumber, String name, LegalForm legalForm,
                          String tradeRegisterNumber, Language language, Address postalAddress, Address site,
                          boolean passiveAlarm, boolean activeAlarm, String postLineId, String transmitterId,
                          ConnectionState state, LocalDate connectedOn, LocalDate lastServicingOn,
                          LocalDate lastTransmissionTestOn) {
}
