package lu.alarmis.compliance;

/** Who reported a transmission test: POST's message, or a member of the section by hand. */
public enum TestSource {
    POST, PGD
}
