package lu.alarmis.client.legacy;

import java.time.LocalDate;

import lu.alarmis.account.LegalForm;
import lu.alarmis.client.Address;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.common.Language;

/** A line of the legacy register's file that passed every check: one connection and its client, as the police kept them. */
public record LegacyLine(long lineNumber, String clientNumber, String name, LegalForm legalForm,
                         String tradeRegisterNumber, Language language, Address postalAddress, Address site,
                         boolean passiveAlarm, boolean activeAlarm, String postLineId, String transmitterId,
                         ConnectionState state, LocalDate connectedOn, LocalDate lastServicingOn,
                         LocalDate lastTransmissionTestOn) {
}
