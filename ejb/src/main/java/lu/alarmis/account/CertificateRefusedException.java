package lu.alarmis.account;

import lu.alarmis.common.BusinessException;

/** A presented certificate cannot be used; {@link #reason()} says why, in words for the person. */
public class CertificateRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why a certificate is refused. Each has a text in the web bundle (certificate.refused.*). */
    public enum Reason {
        EXPIRED, UNTRUSTED, NO_SERIAL_NUMBER, NOT_LINKED, LINKED_TO_ANOTHER_ACCOUNT, NOT_PRESENTED, NAME_MISMATCH,
        ANOTHER_NEEDS_STRONG_SESSION
    }

    private final Reason reason;

    public CertificateRefusedException(Reason reason, String detail) {
        super("certificate.refused." + reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
