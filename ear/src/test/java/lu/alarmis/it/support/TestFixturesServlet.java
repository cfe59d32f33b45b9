package lu.alarmis.it.support;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import lu.alarmis.account.PasswordHasher;

/**
 * Test deployments only: puts a test's own data in place where no page may (an enrolled
 * authenticator, a staff account). Never part of the application.
 */
@WebServlet("/test-fixtures/*")
public class TestFixturesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            tx.begin();
            switch (request.getPathInfo()) {
                case "/authenticator" -> em.createNativeQuery("update account set totp_secret = ?1 where email = ?2")
                        .setParameter(1, request.getParameter("secret"))
                        .setParameter(2, request.getParameter("email"))
                        .executeUpdate();
                case "/staff" -> staff(request.getParameter("email"), request.getParameter("password"),
                        Set.of(request.getParameter("roles").split(",")));
                default -> throw new IllegalArgumentException(request.getPathInfo());
            }
            tx.commit();
            response.setStatus(204);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private void staff(String email, String password, Set<String> roles) {
        // Negative ids never meet the ones the application draws from account_seq.
        long id = -Math.abs(email.hashCode() + System.nanoTime() % 1_000_000L);
        em.createNativeQuery("""
                        insert into account (id, email, display_name, password_hash, enabled, failed_login_count,
                                             created_at, version)
                        values (?1, ?2, ?3, ?4, true, 0, ?5, 0)""")
                .setParameter(1, id)
                .setParameter(2, email)
                .setParameter(3, "Staff " + email)
                .setParameter(4, PasswordHasher.hash(password))
                .setParameter(5, Instant.now())
                .executeUpdate();
        for (String role : roles) {
            em.createNativeQuery("insert into account_role (account_id, role_name) values (?1, ?2)")
                    .setParameter(1, id)
                    .setParameter(2, role)
                    .executeUpdate();
        }
    }
}
