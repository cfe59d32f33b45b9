package lu.alarmis.it.support;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import lu.alarmis.account.PasswordHasher;
import lu.alarmis.account.RegistrationService;
import lu.alarmis.common.Language;

/**
 * Test deployments only: puts a test's own data in place where no page may (an enrolled
 * authenticator, a linked certificate, a staff account). Never part of the application.
 * Rows it inserts directly take negative ids, which never meet those drawn from the sequences.
 */
@WebServlet("/test-fixtures/*")
public class TestFixturesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @EJB
    private RegistrationService registration;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            tx.begin();
            switch (request.getPathInfo()) {
                case "/applicant" -> registration.register(request.getParameter("email"), request.getParameter("name"),
                        request.getParameter("password"), Language.EN);
                case "/authenticator" -> em.createNativeQuery("update account set totp_secret = ?1 where email = ?2")
                        .setParameter(1, request.getParameter("secret"))
                        .setParameter(2, request.getParameter("email"))
                        .executeUpdate();
                case "/disable" -> em.createNativeQuery("update account set enabled = false where email = ?1")
                        .setParameter(1, request.getParameter("email"))
                        .executeUpdate();
                case "/certificate" -> certificate(request.getParameter("email"), request.getParameter("serial"),
                        request.getParameter("issuer"));
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

    private static long negativeId(String key) {
        return -Math.abs((long) key.hashCode() * 1_000 + System.nanoTime() % 1_000);
    }

    private void certificate(String email, String serial, String issuer) {
        em.createNativeQuery("insert into account_certificate (id, account_id, serial_number, subject, issuer, "
                        + "not_after, linked_at) select ?1, a.id, ?2, ?3, ?6, ?4, ?4 "
                        + "from account a where a.email = ?5")
                .setParameter(1, negativeId(serial))
                .setParameter(2, serial)
                .setParameter(3, "SERIALNUMBER=" + serial)
                .setParameter(4, Instant.now())
                .setParameter(5, email)
                .setParameter(6, issuer)
                .executeUpdate();
    }

    private void staff(String email, String password, Set<String> roles) {
        long id = negativeId(email);
        em.createNativeQuery("insert into account (id, email, display_name, password_hash, enabled, "
                        + "failed_login_count, created_at, version) values (?1, ?2, ?3, ?4, true, 0, ?5, 0)")
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
