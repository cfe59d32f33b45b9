package lu.alarmis.request;

import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import lu.alarmis.compliance.DailyRunDay;
import lu.alarmis.compliance.Obligation;
import lu.alarmis.compliance.ReminderLedger;
import lu.alarmis.compliance.ReminderThreshold;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.notification.NotificationSubject;

/**
 * The information requests of connection requests on the daily run's clock: the applicant's eSpace
 * is reminded 7 days before the answer is due (when it was asked more than {@link #QUIET_DAYS}
 * days earlier: a short delay needs no reminder the next morning) and once when it has passed;
 * each reminder once, whatever runs twice. Staff see the overdue ones on the work queue and the
 * request's page.
 */
@ApplicationScoped
public class InformationReminders {

    /** An information request younger than this gets no "due soon" reminder. */
    static final int QUIET_DAYS = 2;
    /** How far back an unanswered information request is still reminded as overdue. */
    static final int OVERDUE_DAYS_BACK = 31;

    @Inject
    private RequestRepository requests;

    @Inject
    private ReminderLedger reminders;

    @EJB
    private NotificationService notifications;

    void remind(@Observes DailyRunDay run) {
        LocalDate day = run.day();
        for (ConnectionRequest request : requests.informationDueBetween(day,
                day.plusDays(ReminderThreshold.DAYS_7.daysBefore()))) {
            LocalDate askedOn = request.getStateChangedAt().atZone(lu.alarmis.common.Luxembourg.ZONE).toLocalDate();
            if (askedOn.isBefore(day.minusDays(QUIET_DAYS))) {
                remind(request, ReminderThreshold.DAYS_7, NotificationKind.INFORMATION_DUE, day);
            }
        }
        for (ConnectionRequest request : requests.informationDueBetween(day.minusDays(OVERDUE_DAYS_BACK),
                day.minusDays(1))) {
            remind(request, ReminderThreshold.OVERDUE, NotificationKind.INFORMATION_OVERDUE, day);
        }
    }

    private void remind(ConnectionRequest request, ReminderThreshold threshold, NotificationKind kind, LocalDate day) {
        if (reminders.firstTime(Obligation.INFORMATION_REQUEST, request.getId(), request.getInformationDue(), threshold,
                day)) {
            notifications.notify(request.getEspace(), NotificationSubject.request(request.getId()), kind,
                    request.getInformationDue().toString());
        }
    }
}
