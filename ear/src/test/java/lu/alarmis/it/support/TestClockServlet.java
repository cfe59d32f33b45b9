package lu.alarmis.it.support;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.alarmis.compliance.ComplianceTimer;

/**
 * Test deployments only ({@link Deployments#applicationWithFixturesAndClock}), for black-box tests
 * that restart the server: {@code POST /test-clock?day=2027-10-06} sets the day ({@link TestClock})
 * and wakes the daily run ({@code &fresh} first forgets the days run from today on); {@code GET /test-clock?reminders=ID} answers how many reminders connection
 * ID has had. Never part of the application.
 */
@WebServlet("/test-clock")
public class TestClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TestClock clock;

    @EJB
    private ComplianceTimer dailyRun;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.transaction.UserTransaction tx;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("fresh") != null) {
            forgetDaysFromToday();
        }
        clock.moveTo(LocalDate.parse(request.getParameter("day")));
        response.setContentType("text/plain");
        response.getWriter().print(dailyRun.wake().days());
    }

    /** The days other tests ran from today on are forgotten: this test's days run whatever ran before. */
    private void forgetDaysFromToday() {
        try {
            tx.begin();
            em.createNativeQuery("delete from daily_run where job = 'compliance' and run_on >= current_date").executeUpdate();
            em.createNativeQuery("update daily_job set last_run_on = null where job = 'compliance'").executeUpdate();
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("the daily run's days could not be reset", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long connectionId = Long.parseLong(request.getParameter("reminders"));
        long count = em.createQuery("select count(r) from Reminder r where r.subjectId = :id", Long.class)
                .setParameter("id", connectionId).getSingleResult();
        response.setContentType("text/plain");
        response.getWriter().print(count);
    }
}
