package lu.alarmis.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import lu.alarmis.account.SignInMethodAdded;

/**
 * Tells a person, in their own inbox, that a way to sign in as them was added: if it was not
 * them, their password is known to someone else (docs/authentication.md, "The first strong factor").
 */
@ApplicationScoped
public class SignInMethodNotices {

    @EJB
    private NotificationService notifications;

    void signInMethodAdded(@Observes SignInMethodAdded added) {
        NotificationKind kind = switch (added.method()) {
            case CERTIFICATE -> NotificationKind.CERTIFICATE_LINKED;
            case AUTHENTICATOR -> NotificationKind.AUTHENTICATOR_ENROLLED;
        };
        notifications.notifyPerson(added.account(), kind, added.description());
    }
}
