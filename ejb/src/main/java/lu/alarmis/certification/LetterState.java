package lu.alarmis.certification;

/** A letter waits in the print queue, is printed in a batch, posted; or is cancelled (its token revoked). */
public enum LetterState {
    WAITING,
    PRINTED,
    POSTED,
    CANCELLED
}
