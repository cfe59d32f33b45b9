package lu.alarmis.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.Language;
import lu.alarmis.security.Roles;

/** The language a signed-in person chose: kept on the account, for everything addressed to them. */
@Stateless
@RolesAllowed({Roles.APPLICANT, Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR, Roles.ADMIN})
public class AccountLanguageService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    public void choose(Language language) {
        Account account = accounts.getSignedIn(context.getCallerPrincipal());
        if (account.getLanguage().filter(language::equals).isPresent()) {
            return;
        }
        account.chooseLanguage(language);
        audit.record(account.getEmail(), AuditAction.LANGUAGE_CHOSEN, "account", account.getId(), language.tag());
    }
}
