package lu.alarmis.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.EspaceService;
import lu.alarmis.account.LegalForm;
import lu.alarmis.client.Address;
import lu.alarmis.common.Language;
import lu.alarmis.request.ApprovalTerms;
import lu.alarmis.request.Company;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.ConnectionRequestService;
import lu.alarmis.request.Contact;
import lu.alarmis.request.PremisesKind;
import lu.alarmis.request.RequestReviewService;
import lu.alarmis.request.RequestState;
import lu.alarmis.request.SiteAddress;
import lu.alarmis.security.AuthenticationLevel;
import lu.alarmis.security.CallerContext;
import lu.alarmis.security.Roles;

/**
 * Test deployments only: puts a test's own data in place where no page may (an enrolled
 * authenticator, a linked certificate, a staff account), or faster than the pages (an applicant
 * account, with the cheap password hash of {@link FixturePasswords}). Never part of the application.
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
    private ConnectionRequestService requests;

    @EJB
    private EspaceService espaces;

    @EJB
    private RequestReviewService review;

    @Inject
    private CallerContext callerContext;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8"); // Fixtures posts its forms in UTF-8 ("Léa", not "LÃ©a")
        if ("/requests".equals(request.getPathInfo())) {
            fileRequests(request, response);
            return;
        }
        if ("/approve".equals(request.getPathInfo())) {
            approve(request, response);
            return;
        }
        try {
            tx.begin();
            switch (request.getPathInfo()) {
                case "/applicant" -> account(request.getParameter("email"), request.getParameter("name"),
                        request.getParameter("password"), Set.of(Roles.APPLICANT));
                case "/authenticator" -> em.createNativeQuery("update account set totp_secret = ?1 where email = ?2")
                        .setParameter(1, request.getParameter("secret"))
                        .setParameter(2, request.getParameter("email"))
                        .executeUpdate();
                case "/disable" -> em.createNativeQuery("update account set enabled = false where email = ?1")
                        .setParameter(1, request.getParameter("email"))
                        .executeUpdate();
                case "/certificate" -> certificate(request.getParameter("email"), request.getParameter("serial"),
                        request.getParameter("issuer"));
                case "/staff" -> account(request.getParameter("email"), "Staff " + request.getParameter("email"),
                        request.getParameter("password"), Set.of(request.getParameter("roles").split(",")));
                default -> throw new IllegalArgumentException(request.getPathInfo());
            }
            tx.commit();
            response.setStatus(204);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /**
     * Files {@code count} complete requests (every step, a PDF) for the one eSpace of an applicant
     * (made for them if they have none),
     * through the services and as that applicant, signed in strongly for this request only; answers
     * their numbers, one per line. For tests about what comes after the wizard, which has tests
     * of its own.
     */
    private void fileRequests(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String locality = request.getParameter("locality");
        int count = Integer.parseInt(request.getParameter("count"));
        StringBuilder ids = new StringBuilder();
        try {
            request.login(request.getParameter("email"), request.getParameter("password"));
        } catch (ServletException e) {
            throw new IOException(e);
        }
        try {
            callerContext.establish(AuthenticationLevel.STRONG, request.getRemoteAddr());
            var memberships = espaces.myMemberships();
            long espaceId = memberships.isEmpty()
                    ? espaces.create(new BusinessEspace("Organisation of " + request.getParameter("email"), LegalForm.SARL,
                            "B" + (100_000 + Math.floorMod(System.nanoTime() / 1_000, 800_000)), "Grand-Rue", "1",
                            "L-1660", "Luxembourg")).getId()
                    : memberships.get(0).getEspace().getId();
            byte[] pdf = pdf();
            for (int i = 0; i < count; i++) {
                long id = requests.startDraft(espaceId).getId();
                requests.saveSite(id, version(id), new SiteAddress("Grand-Rue", String.valueOf(i + 1), "L-1660",
                        locality, PremisesKind.JEWELLERY));
                requests.saveAlarmTypes(id, version(id), true, false, false);
                requests.saveCompanies(id, version(id), new Company("Alarm Install SA",
                        "1 rue de l'Industrie, L-3895 Foetz", "+352 26 00 00"), new Company("Maintenance SARL",
                        "2 rue du Fort, L-1111 Luxembourg", "info@maint.lu"));
                requests.saveOrderReference(id, version(id), "ORD-" + System.nanoTime());
                requests.saveContacts(id, version(id), List.of(new Contact("Anna Weber", "+352 621 000 001", "owner"),
                        new Contact("Marc Schmit", "+352 621 000 002", "key holder")));
                requests.saveReasons(id, version(id), "Jewellery with high-value stock.");
                requests.addDocument(id, "installer-certificate.pdf", pdf);
                requests.submit(id, version(id), true);
                ids.append(id).append('\n');
            }
        } finally {
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IOException(e);
            }
        }
        response.setContentType("text/plain");
        response.getWriter().print(ids);
    }

    /**
     * Takes a filed request through the section to approval, as its staff would: an operator records
     * POST's confirmation (if it waits for it) and proposes approval, a supervisor approves (a new
     * client, the eSpace's address confirmed). Answers the connection's id and the client's id.
     */
    private void approve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Long.parseLong(request.getParameter("id"));
        ConnectionRequest approved;
        try {
            as(request, request.getParameter("operator"), request.getParameter("password"), () -> {
                if (review.get(id).getState() == RequestState.POST_CHECK) {
                    review.recordPostAnswer(id, review.get(id).getVersion(), true, "LINE-" + id, "test fixture");
                }
                review.propose(id, review.get(id).getVersion(), ConnectionRequest.Decision.APPROVAL, null);
                return null;
            });
            approved = as(request, request.getParameter("supervisor"), request.getParameter("password"), () -> {
                BusinessEspace espace = review.get(id).getEspace();
                return review.approve(id, review.get(id).getVersion(), null, new ApprovalTerms(null,
                        new Address(espace.getStreet(), espace.getHouseNumber(), espace.getPostcode(), espace.getLocality()),
                        Language.FR));
            });
        } catch (ServletException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().print(approved.getConnection().getId() + "\n" + approved.getConnection().getClient().getId());
    }

    private <T> T as(HttpServletRequest request, String email, String password, java.util.concurrent.Callable<T> work)
            throws ServletException, IOException {
        request.login(email, password);
        try {
            callerContext.establish(AuthenticationLevel.STRONG, request.getRemoteAddr());
            return work.call();
        } catch (RuntimeException | IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            request.logout();
        }
    }

    private long version(long id) {
        return requests.get(id).getVersion();
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
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

    /** An account as registration or an admin makes it, in English, its password at the fixtures' bcrypt cost. */
    private void account(String email, String name, String password, Set<String> roles) {
        long id = negativeId(email);
        em.createNativeQuery("insert into account (id, email, display_name, password_hash, enabled, "
                        + "failed_login_count, created_at, version, language) values (?1, ?2, ?3, ?4, true, 0, ?5, 0, 'EN')")
                .setParameter(1, id)
                .setParameter(2, email)
                .setParameter(3, name)
                .setParameter(4, FixturePasswords.hash(password))
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
