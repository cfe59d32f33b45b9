package lu.alarmis.decision;

import lu.alarmis.notification.NotificationKind;

/** What the police intend to do, on which kind of record, and how the client is told of the intention. */
public enum Measure {
    SUSPEND_CONNECTION(SubjectKind.CONNECTION, NotificationKind.SUSPENSION_INTENDED),
    END_CONNECTION(SubjectKind.CONNECTION, NotificationKind.ENDING_INTENDED),
    /** The eSpace no longer acts for the client: it loses the client's connections. */
    REVOKE_CERTIFICATION(SubjectKind.CERTIFICATION, NotificationKind.REVOCATION_INTENDED);

    private final SubjectKind subjectKind;
    private final NotificationKind intentionNotice;

    Measure(SubjectKind subjectKind, NotificationKind intentionNotice) {
        this.subjectKind = subjectKind;
        this.intentionNotice = intentionNotice;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    NotificationKind intentionNotice() {
        return intentionNotice;
    }
}
