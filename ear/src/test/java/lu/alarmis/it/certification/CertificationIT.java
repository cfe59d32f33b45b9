package lu.alarmis.it.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.certification.CertificationEvent;
import lu.alarmis.certification.CertificationRequest;
import lu.alarmis.certification.CertificationReviewService;
import lu.alarmis.certification.CertificationService;
import lu.alarmis.certification.CertificationState;
import lu.alarmis.certification.LetterService;
import lu.alarmis.certification.LetterState;
import lu.alarmis.certification.PrintBatch;
import lu.alarmis.certification.Redemption;
import lu.alarmis.certification.TokenState;
import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.Measure;
import lu.alarmis.it.support.AsApplicantOne;
import lu.alarmis.it.support.AsApplicantTwo;
import lu.alarmis.it.support.AsOperator;
import lu.alarmis.it.support.AsSupervisorOne;
import lu.alarmis.it.support.AsSupervisorTwo;
import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.RequestFixtures;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.security.AuthenticationLevel;
import lu.alarmis.security.CallerContext;
import lu.alarmis.security.StrongAuthenticationRequiredException;

/**
 * Procedure 1 on the real server and database: another organisation's eSpace (applicant two) asks
 * to act for a client of the register; an operator prepares, another person decides; the letter
 * goes to the register's address with a token that only the letter carries; the token certifies
 * the eSpace, five wrong entries lock it, a newer letter's token replaces the old one.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(DatabaseDependent.TAG)
class CertificationIT {

    private static final Pattern TOKEN = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(CertificationIT.class);
    }

    @EJB(lookup = Deployments.EJB_GLOBAL + "CertificationService")
    private CertificationService certifications;

    @EJB(lookup = Deployments.EJB_GLOBAL + "CertificationReviewService")
    private CertificationReviewService review;

    @EJB(lookup = Deployments.EJB_GLOBAL + "LetterService")
    private LetterService letters;

    @EJB(lookup = Deployments.EJB_GLOBAL + "IntendedDecisionService")
    private IntendedDecisionService decisions;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ClientRegister")
    private ClientRegister register;

    @EJB(lookup = Deployments.EJB_GLOBAL + "NotificationService")
    private NotificationService notifications;

    @Inject
    private RequestFixtures fixtures;

    @Inject
    private AsApplicantOne applicantOne;

    @Inject
    private AsApplicantTwo applicant;

    @Inject
    private AsOperator operator;

    @Inject
    private AsSupervisorOne supervisorOne;

    @Inject
    private AsSupervisorTwo supervisorTwo;

    @Inject
    private CallerContext callerContext;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private long espace;

    @BeforeEach
    void people() throws Exception {
        fixtures.people();
        espace = fixtures.espaceOf(AsApplicantTwo.EMAIL);
    }

    @Test
    void theLetterGoesToTheRegistersAddressAndItsTokenCertifiesTheEspace() throws Exception {
        Connection connection = fixtures.approved("Echternach").getConnection();
        String tradeRegister = connection.getClient().getTradeRegisterNumber();

        CertificationRequest filed = applicant.call(() -> certifications.file(espace, connection.getClientNumber().toLowerCase(),
                tradeRegister, "We took over the shop's security."));
        assertThat(filed.getState()).isEqualTo(CertificationState.SUBMITTED);
        assertThat(filed.getClientNumber()).isEqualTo(connection.getClientNumber());
        assertThatThrownBy(() -> applicant.call(() -> certifications.file(espace, connection.getClientNumber(), tradeRegister, null)))
                .as("one open request per eSpace and number").isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("certification.alreadyOpen"));
        assertThat(operator.call(() -> review.get(filed.getId()))).satisfies(r -> {
            assertThat(r.getClient().getId()).as("the register entry it names").isEqualTo(connection.getClient().getId());
            assertThat(r.isTradeRegisterNumberMatching()).isTrue();
        });

        operator.call(() -> review.prepare(filed.getId(), version(filed.getId()), CertificationRequest.Proposal.APPROVAL,
                "Number and trade-register number match."));
        assertThatThrownBy(() -> operator.call(() -> review.approve(filed.getId(), version(filed.getId()))))
                .isInstanceOf(EJBAccessException.class);
        supervisorTwo.call(() -> review.approve(filed.getId(), version(filed.getId())));
        assertThat(letters(filed.getId())).containsExactly(LetterState.WAITING);

        PrintBatch batch = operator.call(() -> letters.print());
        String letter = pdfText(batch.getId());
        assertThat(letter).as("the register's postal address, never the eSpace's")
                .contains("1, Rue de la Gare").contains("L-1611 Luxembourg").doesNotContain("Grand-Rue")
                .as("in the client's language (French)").contains("Madame, Monsieur").contains(filed.getReference())
                .contains(connection.getClientNumber());
        String token = token(letter);
        assertThat(applicant.call(() -> certifications.awaitedToken(espace, filed.getId())).orElseThrow().getState())
                .isEqualTo(TokenState.PRINTED);
        operator.call(() -> letters.markPosted(batch.getId(), batch.getVersion()));
        assertThat(tokenExpiresAt(filed.getId())).as("valid 60 days from posting")
                .isBetween(Instant.now().plusSeconds(59L * 86400), Instant.now().plusSeconds(61L * 86400));

        Redemption wrong = applicant.call(() -> certifications.redeem(espace, filed.getId(), "AAAA-BBBB-CCCC-DDDD"));
        assertThat(wrong).isEqualTo(new Redemption(Redemption.Outcome.WRONG, 4));
        long theirs = fixtures.espaceOf(AsApplicantOne.EMAIL);
        assertThatThrownBy(() -> applicantOne.call(() -> certifications.redeem(theirs, filed.getId(), token)))
                .as("another eSpace's request is not found").isInstanceOf(NotFoundException.class);
        Redemption right = applicant.call(() -> certifications.redeem(espace, filed.getId(),
                " " + token.toLowerCase().replace("-", " ") + " "));

        assertThat(right.outcome()).isEqualTo(Redemption.Outcome.CERTIFIED);
        assertThat(applicant.call(() -> register.connectionsOfMyEspace(espace))).extracting(Connection::getClientNumber)
                .as("the client's connections under My connections").contains(connection.getClientNumber());
        assertThat(applicant.call(() -> certifications.redeem(espace, filed.getId(), token)).outcome())
                .isEqualTo(Redemption.Outcome.USED);
        assertThat(applicant.call(() -> notifications.inbox(espace))).extracting(n -> n.getKind().name())
                .contains("CERTIFICATION_FILED", "CERTIFICATION_APPROVED", "CERTIFICATION_CERTIFIED");
        assertThat(operator.call(() -> review.history(filed.getId()))).extracting(e -> e.getKind().name())
                .containsExactly("FILED", "PREPARED", "APPROVED", "TOKEN_ISSUED", "LETTER_PRINTED", "LETTER_POSTED",
                        "TOKEN_WRONG_ENTRY", "CERTIFIED");
        assertThat(applicant.call(() -> certifications.history(espace, filed.getId())))
                .as("the section's own lines are not the applicant's").extracting(CertificationEvent::getKind)
                .extracting(Enum::name).doesNotContain("PREPARED", "TOKEN_ISSUED", "LETTER_PRINTED");
        assertThatThrownBy(() -> applicant.call(() -> {
            letters.render(batch.getId(), new ByteArrayOutputStream());
            return null;
        })).as("letters are the section's").isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> operator.call(() -> {
            letters.render(batch.getId(), new ByteArrayOutputStream());
            return null;
        })).as("a posted batch is not printed again").isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("letters.alreadyPosted"));
    }

    @Test
    void fiveWrongEntriesLockTheTokenAndANewLetterReplacesIt() throws Exception {
        CertificationRequest filed = approvedRequest("Wiltz");
        PrintBatch batch = operator.call(() -> letters.print());
        String first = token(pdfText(batch.getId()));
        operator.call(() -> letters.markPosted(batch.getId(), batch.getVersion()));

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(applicant.call(() -> certifications.redeem(espace, filed.getId(), "2222-3333-4444-5555")).outcome())
                    .isEqualTo(Redemption.Outcome.WRONG);
        }
        assertThat(applicant.call(() -> certifications.redeem(espace, filed.getId(), "2222-3333-4444-5555")).outcome())
                .as("the fifth").isEqualTo(Redemption.Outcome.LOCKED);
        assertThat(applicant.call(() -> certifications.redeem(espace, filed.getId(), first)).outcome())
                .as("even the right one, once locked").isEqualTo(Redemption.Outcome.LOCKED);

        supervisorOne.call(() -> review.reissue(filed.getId(), version(filed.getId())));
        PrintBatch second = operator.call(() -> letters.print());
        String newer = token(pdfText(second.getId()));
        assertThat(newer).isNotEqualTo(first);
        assertThat(applicant.call(() -> certifications.redeem(espace, filed.getId(), first)).outcome())
                .as("the locked letter's token, replaced").isEqualTo(Redemption.Outcome.REVOKED);
        assertThat(applicant.call(() -> certifications.redeem(espace, filed.getId(), newer)).outcome())
                .as("a printed letter's token works before the batch is marked posted")
                .isEqualTo(Redemption.Outcome.CERTIFIED);
    }

    @Test
    void aTokenCertifiesOnlyTheRequestItWasIssuedFor() throws Exception {
        CertificationRequest first = approvedRequest("Diekirch");
        CertificationRequest second = approvedRequest("Redange");
        PrintBatch batch = operator.call(() -> letters.print());
        String text = pdfText(batch.getId());
        String firstToken = tokenAfter(text, first.getReference());

        assertThat(applicant.call(() -> certifications.redeem(espace, second.getId(), firstToken)).outcome())
                .as("another request's token").isEqualTo(Redemption.Outcome.WRONG);
        assertThat(applicant.call(() -> certifications.get(espace, second.getId())).getState())
                .isEqualTo(CertificationState.APPROVED);
        assertThat(applicant.call(() -> certifications.redeem(espace, first.getId(), firstToken)).outcome())
                .isEqualTo(Redemption.Outcome.CERTIFIED);
    }

    @Test
    void anExpiredTokenFailsWithItsOwnMessage() throws Exception {
        CertificationRequest filed = approvedRequest("Clervaux");
        PrintBatch batch = operator.call(() -> letters.print());
        String token = token(pdfText(batch.getId()));
        tx.begin();
        em.createNativeQuery("update certification_token set expires_at = ?1 where request_id = ?2")
                .setParameter(1, Instant.now().minusSeconds(60)).setParameter(2, filed.getId()).executeUpdate();
        tx.commit();

        assertThat(applicant.call(() -> certifications.redeem(espace, filed.getId(), token)).outcome())
                .isEqualTo(Redemption.Outcome.EXPIRED);
        assertThat(applicant.call(() -> certifications.get(espace, filed.getId())).getState())
                .isEqualTo(CertificationState.APPROVED);
        assertThat(operator.call(() -> review.tokens(filed.getId()))).singleElement()
                .as("staff read it as expired").extracting(lu.alarmis.certification.CertificationToken::getStanding)
                .isEqualTo("EXPIRED");
    }

    @Test
    void fourEyesANumberNotInTheRegisterAndAPasswordOnlySessionAreRefused() throws Exception {
        CertificationRequest unknown = applicant.call(() -> certifications.file(espace,
                "AL-2001-999999-" + checkDigitOf("AL-2001-999999"), "B1", null));
        assertThat(unknown.getClient()).isNull();
        assertThatThrownBy(() -> operator.call(() -> review.prepare(unknown.getId(), version(unknown.getId()),
                CertificationRequest.Proposal.APPROVAL, null)))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("certification.noSuchClient"));
        supervisorOne.call(() -> review.prepare(unknown.getId(), version(unknown.getId()), CertificationRequest.Proposal.REFUSAL,
                "No such client number."));
        assertThatThrownBy(() -> supervisorOne.call(() -> review.refuse(unknown.getId(), version(unknown.getId()), "No.")))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("certification.fourEyes"));
        supervisorTwo.call(() -> review.refuse(unknown.getId(), version(unknown.getId()),
                "The client number is not in the police's register."));
        assertThat(applicant.call(() -> notifications.inbox(espace))).extracting(n -> n.getKind() + ": " + n.getDetail())
                .contains("CERTIFICATION_REFUSED: The client number is not in the police's register.");

        assertThatThrownBy(() -> applicant.call(() -> certifications.file(espace, "AL-2010-12", null, null)))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("certification.clientNumberInvalid"));
        callerContext.establish(AuthenticationLevel.PASSWORD, "127.0.0.1");
        try {
            assertThatThrownBy(() -> applicant.call(() -> certifications.file(espace, unknown.getClientNumber(), null, null)))
                    .isInstanceOf(StrongAuthenticationRequiredException.class);
            assertThatThrownBy(() -> applicant.call(() -> certifications.redeem(espace, unknown.getId(), "x")))
                    .isInstanceOf(StrongAuthenticationRequiredException.class);
        } finally {
            callerContext.establish(AuthenticationLevel.STRONG, "127.0.0.1");
        }
        long theirs = fixtures.espaceOf(AsApplicantOne.EMAIL);
        assertThatThrownBy(() -> applicantOne.call(() -> certifications.get(theirs, unknown.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRevocationIsAnnouncedAnsweredAndDecidedThenTheEspaceNoLongerSeesTheConnections() throws Exception {
        CertificationRequest filed = approvedRequest("Mersch");
        PrintBatch batch = operator.call(() -> letters.print());
        String token = token(pdfText(batch.getId()));
        applicant.call(() -> certifications.redeem(espace, filed.getId(), token));
        String clientNumber = filed.getClientNumber();
        assertThat(applicant.call(() -> register.connectionsOfMyEspace(espace))).extracting(Connection::getClientNumber)
                .contains(clientNumber);

        IntendedDecision intended = operator.call(() -> decisions.announce(Measure.REVOKE_CERTIFICATION, filed.getId(),
                "The shop was sold in November; the new owner has an eSpace of its own.",
                LocalDate.now(Luxembourg.ZONE).plusDays(8)));
        assertThat(applicant.call(() -> register.connectionsOfMyEspace(espace))).as("nothing decided yet")
                .extracting(Connection::getClientNumber).contains(clientNumber);
        applicant.call(() -> decisions.answer(espace, intended.getId(), intended.getVersion(),
                "We still service the alarm for the new owner until January."));
        supervisorTwo.call(() -> decisions.decide(intended.getId(), decisions.get(intended.getId()).getVersion(), true,
                "Servicing for the new owner does not make the eSpace act for the client."));

        assertThat(applicant.call(() -> certifications.get(espace, filed.getId())).getState())
                .isEqualTo(CertificationState.REVOKED);
        assertThat(applicant.call(() -> register.connectionsOfMyEspace(espace))).as("the client's connections are gone")
                .extracting(Connection::getClientNumber).doesNotContain(clientNumber);
        assertThat(applicant.call(() -> notifications.inbox(espace))).extracting(n -> n.getKind() + ": " + n.getDetail())
                .contains("REVOCATION_INTENDED: The shop was sold in November; the new owner has an eSpace of its own.",
                        "CERTIFICATION_REVOKED: Servicing for the new owner does not make the eSpace act for the client.");
        assertThat(applicant.call(() -> certifications.history(espace, filed.getId()))).extracting(e -> e.getKind().name())
                .containsSubsequence("CERTIFIED", "REVOCATION_INTENDED", "REVOCATION_ANSWERED", "REVOKED");
        assertThatThrownBy(() -> operator.call(() -> decisions.announce(Measure.REVOKE_CERTIFICATION, filed.getId(), "Again.",
                LocalDate.now(Luxembourg.ZONE).plusDays(8))))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("certification.notCertified"));
    }

    private CertificationRequest approvedRequest(String locality) throws Exception {
        Connection connection = fixtures.approved(locality).getConnection();
        CertificationRequest filed = applicant.call(() -> certifications.file(espace, connection.getClientNumber(),
                connection.getClient().getTradeRegisterNumber(), null));
        operator.call(() -> review.prepare(filed.getId(), version(filed.getId()), CertificationRequest.Proposal.APPROVAL, null));
        supervisorTwo.call(() -> review.approve(filed.getId(), version(filed.getId())));
        return filed;
    }

    private long version(long requestId) throws Exception {
        return fixtures.read(() -> em.find(CertificationRequest.class, requestId).getVersion());
    }

    private List<LetterState> letters(long requestId) throws Exception {
        return operator.call(() -> review.letters(requestId)).stream().map(l -> l.getState()).toList();
    }

    private Instant tokenExpiresAt(long requestId) throws Exception {
        List<lu.alarmis.certification.CertificationToken> tokens = operator.call(() -> review.tokens(requestId));
        return tokens.get(tokens.size() - 1).getExpiresAt();
    }

    /** The batch as staff download it, read back as text. */
    private String pdfText(long batchId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        operator.call(() -> {
            letters.render(batchId, out);
            return null;
        });
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The token of the batch's last letter (this test's: the batches print every letter that waits). */
    private static String token(String text) {
        Matcher matcher = TOKEN.matcher(text);
        String last = null;
        while (matcher.find()) {
            last = matcher.group();
        }
        assertThat(last).as("a token in the letter").isNotNull();
        return last;
    }

    /** The token of the letter that names that reference (the batch may hold several letters). */
    private static String tokenAfter(String text, String reference) {
        int letter = text.indexOf(": " + reference + " ");
        assertThat(letter).as("the letter of " + reference).isNotNegative();
        Matcher matcher = TOKEN.matcher(text);
        assertThat(matcher.find(letter)).as("a token in the letter of " + reference).isTrue();
        return matcher.group();
    }

    private static int checkDigitOf(String prefix) {
        for (int digit = 0; digit <= 9; digit++) {
            if (lu.alarmis.client.ClientNumber.isValid(prefix + "-" + digit)) {
                return digit;
            }
        }
        throw new IllegalStateException(prefix);
    }
}
