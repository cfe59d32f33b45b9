package lu.alarmis.client.legacy;

/** Where an import of the legacy register's file stands. */
public enum LegacyImportStatus {
    /** Its job is reading the file. */
    RUNNING,
    /** Stopped before the end (the server went down, or the job failed): an admin resumes it, and it goes on after its last committed line. */
    INTERRUPTED,
    /** Every line read, the connections the file lacks reported. */
    COMPLETED
}
