package lu.alarmis.client;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.LegalForm;
import lu.alarmis.common.Language;

/**
 * What an approval puts into the register: the client (an existing one the supervisor chose, or a
 * new one with its organisation's details), its registered postal address as the supervisor
 * confirmed it, and the connection of the approved request's site.
 *
 * @param existingClientId the client the supervisor linked the request to; {@code null} for a new client
 * @param originReference  the approved request, "R-1000000123"
 * @param actor            the supervisor who approved it
 */
public record NewConnection(Long existingClientId, String organisationName, LegalForm legalForm,
                            String tradeRegisterNumber, Language correspondenceLanguage, Address postalAddress,
                            Address site, boolean passiveAlarm, boolean activeAlarm, String postOrderReference,
                            String postLineId, String transmitterId, String originReference, BusinessEspace espace,
                            String actor) {
}
