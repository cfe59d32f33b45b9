package lu.alarmis.web.espace;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.common.BusinessException;
import lu.alarmis.notification.Notification;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.web.Messages;
import lu.alarmis.web.Pages;
import lu.alarmis.web.security.SignedInPerson;

/** /espace/notifications.xhtml: the person's own notifications and those of the eSpace they act for. */
@Named("notifications")
@RequestScoped
public class NotificationsBacking {

    @EJB
    private NotificationService service;

    @Inject
    private SignedInPerson person;

    private List<Notification> inbox;

    /** f:viewAction */
    public void load() {
        inbox = service.inbox(person.getActiveEspaceId());
    }

    public void markRead(long notificationId) {
        try {
            service.markRead(notificationId);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        Pages.redirect("/espace/notifications.xhtml");
    }

    public void markAllRead() {
        service.markAllRead(person.getActiveEspaceId());
        Pages.redirect("/espace/notifications.xhtml");
    }

    public List<Notification> getInbox() {
        return inbox;
    }
}
