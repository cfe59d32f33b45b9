package lu.alarmis.account;

/** What a member may do in a business eSpace. */
public enum MembershipRole {
    /** Created the eSpace or was made manager: invites members. */
    MANAGER,
    /** Acts for the organisation in its procedures. */
    MEMBER
}
