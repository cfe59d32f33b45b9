package lu.alarmis.request;

import java.util.List;

import lu.alarmis.client.Address;
import lu.alarmis.client.Client;

/**
 * What the approval form starts from: the organisation's address as the eSpace gives it (for the
 * supervisor to check and confirm) and the register's clients with the same trade-register number.
 */
public record ApprovalProposal(Address suggestedPostalAddress, List<Client> sameTradeRegisterNumber) {
}
