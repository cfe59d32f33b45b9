package lu.alarmis.account;

/** Legal forms of organisations registered in Luxembourg (RCS), plus public bodies. */
public enum LegalForm {
    SA,
    SARL,
    SARL_S,
    SCS,
    SCSP,
    SNC,
    SCA,
    SE,
    SC,
    ASBL,
    FONDATION,
    SOLE_TRADER,
    PUBLIC_BODY,
    OTHER
}
