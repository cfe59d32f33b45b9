package lu.alarmis.compliance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A day a {@link DailyJob} ran for: one row per (job, day), its key, so that no day runs twice. */
@Entity
@Table(name = "daily_run")
public class DailyRun {

    @EmbeddedId
    private Key key;

    @Column(name = "server", nullable = false, updatable = false, length = 100)
    private String server;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private Instant finishedAt;

    /** What it did, in figures. */
    @Column(name = "summary", nullable = false, updatable = false, length = 500)
    private String summary;

    protected DailyRun() {
        // for JPA
    }

    DailyRun(String job, LocalDate day, String server, Instant startedAt, Instant finishedAt, String summary) {
        this.key = new Key(job, day);
        this.server = server;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.summary = summary;
    }

    public String getJob() {
        return key.job;
    }

    public LocalDate getDay() {
        return key.runOn;
    }

    public String getServer() {
        return server;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getSummary() {
        return summary;
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "job", length = 40)
        private String job;

        @Column(name = "run_on")
        private LocalDate runOn;

        protected Key() {
            // for JPA
        }

        Key(String job, LocalDate runOn) {
            this.job = job;
            this.runOn = runOn;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.job.equals(job) && key.runOn.equals(runOn);
        }

        @Override
        public int hashCode() {
            return job.hashCode() * 31 + runOn.hashCode();
        }
    }
}
