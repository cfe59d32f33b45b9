package lu.alarmis.web.espace;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.notification.NotificationService;
import lu.alarmis.web.security.SignedInPerson;

/**
 * The unread count beside "Notifications" in the header (the person's own and their eSpace's),
 * read at most once per request.
 */
@Named("inbox")
@RequestScoped
public class InboxBadge {

    @EJB
    private NotificationService service;

    @Inject
    private SignedInPerson person;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = !person.isSignedIn() || person.isStaff() ? 0L : service.unreadCount(person.getActiveEspaceId());
        }
        return unread;
    }
}
