package lu.alarmis.client;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.notification.NotificationSubject;

/** Tells a client what happened to one of its connections: a notice to every business eSpace that acts for it. */
@ApplicationScoped
public class ClientNotices {

    @Inject
    private ClientRepository register;

    @EJB
    private NotificationService notifications;

    /** In the transaction of the change it tells of; also for the areas built on the register. */
    public void tell(Connection connection, NotificationKind kind, String detail) {
        NotificationSubject subject = NotificationSubject.connection(connection.getId(), connection.getClientNumber());
        for (ClientEspace link : register.espacesOf(connection.getClient().getId())) {
            notifications.notify(link.getEspace(), subject, kind, detail);
        }
    }
}
