package lu.alarmis.request;

import lu.alarmis.client.Address;
import lu.alarmis.common.Language;

/**
 * What the supervisor settles when approving: whether the request belongs to a client already in
 * the register, the client's registered postal address (confirmed by the supervisor, who checked
 * it, not taken from the applicant alone) and the language its letters are written in.
 *
 * @param existingClientId {@code null} for a new client
 */
public record ApprovalTerms(Long existingClientId, Address postalAddress, Language correspondenceLanguage) {
}
