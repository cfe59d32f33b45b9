package lu.alarmis.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.EspaceService;
import lu.alarmis.account.LegalForm;
import lu.alarmis.account.RegistrationService;
import lu.alarmis.client.Address;
import lu.alarmis.common.Language;
import lu.alarmis.common.Luxembourg;
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

/**
 * In-container tests' people and requests: the named applicants and staff of the As… helpers,
 * and requests filed the way the wizard files them.
 */
@Dependent
public class RequestFixtures {

    /** What a supervisor settles when approving in these tests: a new client, at a confirmed address, letters in French. */
    public static final ApprovalTerms APPROVAL_TERMS = new ApprovalTerms(null,
            new Address("Rue de la Gare", "1", "L-1611", "Luxembourg"), Language.FR);


    public static final String PASSWORD = "a long test password of the request tests";

    @EJB(lookup = Deployments.EJB_GLOBAL + "ConnectionRequestService")
    private ConnectionRequestService requests;

    @EJB(lookup = Deployments.EJB_GLOBAL + "EspaceService")
    private EspaceService espaces;

    @EJB(lookup = Deployments.EJB_GLOBAL + "RegistrationService")
    private RegistrationService registration;

    @Inject
    private AsApplicantOne applicant;

    @Inject
    private AsApplicantTwo otherApplicant;

    @EJB(lookup = Deployments.EJB_GLOBAL + "RequestReviewService")
    private RequestReviewService review;

    @Inject
    private AsOperator operator;

    @Inject
    private AsSupervisorTwo supervisorTwo;

    @Inject
    private CallerContext callerContext;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    /** The applicants (each with an eSpace) and staff of the As… helpers, strongly signed in. */
    public void people() throws Exception {
        ensureApplicant(AsApplicantOne.EMAIL, applicant::call);
        ensureApplicant(AsApplicantTwo.EMAIL, otherApplicant::call);
        ensureStaff(AsOperator.EMAIL, "cin-operator");
        ensureStaff(AsSupervisorOne.EMAIL, "cin-supervisor");
        ensureStaff(AsSupervisorTwo.EMAIL, "cin-supervisor");
        callerContext.establish(AuthenticationLevel.STRONG, "127.0.0.1");
    }

    /** A request of applicant one, filed with every step and a PDF; it then waits for POST. */
    public long filed(String locality, String orderReference) throws Exception {
        return filed(locality, orderReference, true, true, false);
    }

    /** A complete request with these alarm types, filed by applicant one (strongly authenticated). */
    public long filed(String locality, String orderReference, boolean passive, boolean active, boolean fire)
            throws Exception {
        long espaceId = espaceOf(AsApplicantOne.EMAIL);
        return applicant.call(() -> {
            long id = requests.startDraft(espaceId).getId();
            requests.saveSite(id, version(id), new SiteAddress("Grand-Rue", "12", "L-1660", locality,
                    PremisesKind.JEWELLERY));
            requests.saveAlarmTypes(id, version(id), passive, active, fire);
            requests.saveCompanies(id, version(id), new Company("Alarm Install SA", "1 rue de l'Industrie, L-3895 Foetz",
                    "+352 26 00 00"), new Company("Maintenance SARL", "2 rue du Fort, L-1111 Luxembourg", "info@maint.lu"));
            requests.saveOrderReference(id, version(id), orderReference);
            requests.saveContacts(id, version(id), List.of(new Contact("Anna Weber", "+352 621 000 001", "owner"),
                    new Contact("Marc Schmit", "+352 621 000 002", "key holder")));
            requests.saveReasons(id, version(id), "Jewellery with high-value stock.");
            requests.addDocument(id, "installer-certificate.pdf", pdf());
            requests.submit(id, version(id), true);
            return id;
        });
    }

    /** A request of applicant one with POST's answer recorded by hand and approval proposed, by the operator. */
    public long proposed(String locality) throws Exception {
        long id = filed(locality, "ORD-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        operator.call(() -> review.recordPostAnswer(id, version(id), true, "LINE-" + id, "test: by hand"));
        operator.call(() -> review.propose(id, version(id), ConnectionRequest.Decision.APPROVAL, null));
        return id;
    }

    /** A request of applicant one proposed, then approved by supervisor two: its connection is in the register. */
    public ConnectionRequest approved(String locality) throws Exception {
        long id = proposed(locality);
        return supervisorTwo.call(() -> review.approve(id, version(id), null, APPROVAL_TERMS));
    }

    /** About the client-number sequence's current value, without drawing from it (H2 and PostgreSQL say it differently). */
    public long clientNumberSequence() throws Exception {
        return read(() -> {
            String database = em.unwrap(org.hibernate.Session.class).doReturningWork(
                    c -> c.getMetaData().getDatabaseProductName());
            String sql = database.toLowerCase().contains("postgres") ? "select last_value from client_number_seq"
                    : "select base_value - increment from information_schema.sequences where sequence_name = 'CLIENT_NUMBER_SEQ'";
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        });
    }

    public long version(long id) throws Exception {
        return read(() -> em.find(ConnectionRequest.class, id).getVersion());
    }

    public RequestState state(long id) throws Exception {
        return read(() -> em.find(ConnectionRequest.class, id).getState());
    }

    public long espaceOf(String email) throws Exception {
        return read(() -> em.createQuery("select m.espace.id from EspaceMembership m where m.account.email = :email",
                Long.class).setParameter("email", email).getSingleResult());
    }

    /** Moves an information request's due date to yesterday, as time would. */
    public void informationDueYesterday(long id) throws Exception {
        tx.begin();
        try {
            em.createNativeQuery("update connection_request set information_due = ?1 where id = ?2")
                    .setParameter(1, LocalDate.now(Luxembourg.ZONE).minusDays(1))
                    .setParameter(2, id)
                    .executeUpdate();
        } finally {
            tx.commit();
        }
    }

    /** Reads in the running transaction, or in one of its own. */
    public <T> T read(Callable<T> query) throws Exception {
        if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return query.call();
        }
        tx.begin();
        try {
            return query.call();
        } finally {
            tx.commit();
        }
    }

    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void ensureApplicant(String email, RunAs as) throws Exception {
        if (exists(email)) {
            return;
        }
        registration.register(email, "Applicant " + email, PASSWORD, Language.EN);
        String rcs = "B" + (100_000 + Math.abs(email.hashCode() % 800_000));
        as.call(() -> espaces.create(new BusinessEspace("Organisation of " + email, LegalForm.SARL, rcs, "Grand-Rue",
                "1", "L-1660", "Luxembourg")));
    }

    private void ensureStaff(String email, String role) throws Exception {
        if (exists(email)) {
            return;
        }
        tx.begin();
        long id = -Math.abs((long) email.hashCode());
        em.createNativeQuery("insert into account (id, email, display_name, password_hash, enabled, "
                        + "failed_login_count, created_at, version) values (?1, ?2, ?3, ?4, true, 0, ?5, 0)")
                .setParameter(1, id).setParameter(2, email).setParameter(3, "Staff " + email)
                .setParameter(4, FixturePasswords.hash(PASSWORD)).setParameter(5, Instant.now())
                .executeUpdate();
        em.createNativeQuery("insert into account_role (account_id, role_name) values (?1, ?2)")
                .setParameter(1, id).setParameter(2, role).executeUpdate();
        tx.commit();
    }

    private boolean exists(String email) throws Exception {
        return read(() -> !em.createNativeQuery("select id from account where email = ?1")
                .setParameter(1, email).getResultList().isEmpty());
    }

    @FunctionalInterface
    private interface RunAs {
        <T> T call(Callable<T> work) throws Exception;
    }
}
