package lu.alarmis.compliance;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A job that runs once a day, whichever server wakes first: its row is locked by the run, so that
 * two servers never run it at once, and each day it ran is a {@link DailyRun} (a day the servers
 * were down is caught up at the next wake).
 */
@Entity
@Table(name = "daily_job")
public class DailyJob {

    @Id
    @Column(name = "job", length = 40)
    private String job;

    /** The last day it ran for; none: never yet. */
    @Column(name = "last_run_on")
    private LocalDate lastRunOn;

    protected DailyJob() {
        // for JPA
    }

    public String getJob() {
        return job;
    }

    public LocalDate getLastRunOn() {
        return lastRunOn;
    }
}
