package lu.alarmis.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.client.Address;
import lu.alarmis.client.Client;
import lu.alarmis.client.ClientNumber;
import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.client.LineAnswer;
import lu.alarmis.client.LineMessages;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.client.RegisterFilter;
import lu.alarmis.client.RegisterRow;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Language;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.it.support.AsApplicantOne;
import lu.alarmis.it.support.AsApplicantTwo;
import lu.alarmis.it.support.AsOperator;
import lu.alarmis.it.support.AsPostInbound;
import lu.alarmis.it.support.AsSupervisorTwo;
import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.RequestFixtures;
import lu.alarmis.request.ApprovalProposal;
import lu.alarmis.request.ApprovalTerms;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.RequestReviewService;

/**
 * The client register's services on the real server and database: what an approval puts into it
 * (a new client, or a second connection of an existing one), the client numbers it never issues
 * twice, the search, and what an applicant may see of it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(DatabaseDependent.TAG)
class ClientRegisterIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(ClientRegisterIT.class);
    }

    @EJB(lookup = Deployments.EJB_GLOBAL + "RequestReviewService")
    private RequestReviewService review;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ClientRegister")
    private ClientRegister register;

    @EJB(lookup = Deployments.EJB_GLOBAL + "LineMessages")
    private LineMessages lines;

    @Inject
    private AsPostInbound post;

    @Inject
    private RequestFixtures fixtures;

    @Inject
    private AsApplicantOne applicant;

    @Inject
    private AsApplicantTwo otherApplicant;

    @Inject
    private AsOperator operator;

    @Inject
    private AsSupervisorTwo supervisor;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @BeforeEach
    void people() throws Exception {
        fixtures.people();
    }

    @Test
    void aSecondRequestOfTheSameOrganisationBecomesASecondConnectionOfTheClientTheSupervisorChose() throws Exception {
        ConnectionRequest first = approved(proposed("Mondorf-les-Bains"), RequestFixtures.APPROVAL_TERMS);
        Client client = first.getConnection().getClient();
        assertThat(client.getName()).isEqualTo(first.getEspace().getOrganisationName());
        assertThat(client.getPostalAddress()).isEqualTo(RequestFixtures.APPROVAL_TERMS.postalAddress());
        assertThat(client.getAddressConfirmedBy()).isEqualTo(AsSupervisorTwo.EMAIL);
        assertThat(client.getCorrespondenceLanguage()).isEqualTo(Language.FR);

        long second = proposed("Mondorf-les-Bains");
        ApprovalProposal proposal = supervisor.call(() -> review.approvalProposal(second));
        assertThat(proposal.sameTradeRegisterNumber()).as("the register's clients with the eSpace's trade-register number")
                .extracting(Client::getId).contains(client.getId());
        Address corrected = new Address("Route de Remich", "3", "L-5650", "Mondorf-les-Bains");
        ConnectionRequest secondApproved = approved(second, new ApprovalTerms(client.getId(), corrected, Language.DE));

        assertThat(secondApproved.getConnection().getClient().getId()).isEqualTo(client.getId());
        assertThat(operator.call(() -> register.connectionsOf(client.getId()))).extracting(Connection::getClientNumber)
                .containsExactlyInAnyOrder(first.getClientNumber(), secondApproved.getClientNumber());
        assertThat(operator.call(() -> register.espacesOf(client.getId()))).as("the eSpace is linked once")
                .hasSize(1);
        assertThat(operator.call(() -> register.client(client.getId()))).as("an existing client keeps its confirmed"
                + " address and language: they change on its own page").satisfies(kept -> {
                    assertThat(kept.getPostalAddress()).isEqualTo(RequestFixtures.APPROVAL_TERMS.postalAddress());
                    assertThat(kept.getCorrespondenceLanguage()).isEqualTo(Language.FR);
                });
        assertThat(operator.call(() -> review.requestsOfClient(client.getId()))).extracting(ConnectionRequest::getId)
                .containsExactly(first.getId(), second);
    }

    @Test
    void aRequestIsNeverLinkedToAClientOfAnotherOrganisation() throws Exception {
        long foreignClient = legacyClientWithTradeRegisterNumber("B999999");
        long id = proposed("Larochette");

        assertThatThrownBy(() -> approved(id, new ApprovalTerms(foreignClient, RequestFixtures.APPROVAL_TERMS.postalAddress(),
                Language.FR))).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("client.notSameOrganisation"));
        assertThat(fixtures.state(id)).isEqualTo(lu.alarmis.request.RequestState.IN_REVIEW);
        assertThat(operator.call(() -> register.espacesOf(foreignClient))).isEmpty();
    }

    @Test
    void postEndingAnotherLineThanTheConnectionsOnlyLeavesALineInItsHistory() throws Exception {
        ConnectionRequest approved = approved(proposed("Hosingen"), RequestFixtures.APPROVAL_TERMS);
        long connectionId = approved.getConnection().getId();
        String number = approved.getClientNumber();
        String line = approved.getConnection().getPostLineId();

        LineAnswer late = post.call(() -> lines.lineEnded(number, "LINE-MOVED-FROM", Instant.parse("2026-12-01T08:00:00Z"),
                "old line", "m-late"));
        assertThat(late.outcome()).isEqualTo(LineAnswer.Outcome.APPLIED);
        assertThat(operator.call(() -> register.connection(connectionId)).getState()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(operator.call(() -> register.history(connectionId))).last()
                .satisfies(e -> assertThat(e.getNote()).contains("not the connection's line").contains(line));

        post.call(() -> lines.lineEnded(number, line, Instant.parse("2026-12-02T08:00:00Z"), null, "m-end"));
        assertThat(operator.call(() -> register.connection(connectionId)).getState()).isEqualTo(ConnectionState.ENDED);
        assertThat(post.call(() -> lines.lineActive("AL-2099-000001-7", "LINE-X", Instant.now(), "m-early")).outcome())
                .as("a number not in the register yet: kept for later").isEqualTo(LineAnswer.Outcome.WAITING);
    }

    @Test
    void aNumberTheLegacyRegisterIssuedIsNeverIssuedAgain() throws Exception {
        long id = proposed("Echternach");
        // The numbers the sequence gives next are already in the register (as the legacy import would put them).
        int year = LocalDate.now(Luxembourg.ZONE).getYear();
        long current = fixtures.clientNumberSequence();
        List<String> taken = new ArrayList<>();
        for (long sequence = current + 1; sequence <= current + 3; sequence++) {
            taken.add(ClientNumber.of(year, sequence).value());
            legacyConnection(taken.get(taken.size() - 1));
        }

        String issued = approved(id, RequestFixtures.APPROVAL_TERMS).getClientNumber();

        assertThat(issued).isNotIn(taken).matches("AL-" + year + "-\\d{6}-\\d");
        assertThat(ClientNumber.isValid(issued)).isTrue();
    }

    @Test
    void theRegisterIsSearchedByNumberNameTradeRegisterNumberLocalityAndStateInTheDatabase() throws Exception {
        ConnectionRequest approved = approved(proposed("Clervaux"), RequestFixtures.APPROVAL_TERMS);
        String number = approved.getClientNumber();
        RegisterFilter filter = new RegisterFilter();
        filter.setClientNumber(" " + number.toLowerCase() + " ");
        assertThat(operator.call(() -> register.search(filter, 0, 20))).extracting(RegisterRow::connectionId)
                .containsExactly(approved.getConnection().getId());

        RegisterFilter byLocality = new RegisterFilter();
        byLocality.setLocality("clerv");
        byLocality.setTradeRegisterNumber(approved.getEspace().getTradeRegisterNumber().toLowerCase());
        byLocality.setName(approved.getEspace().getOrganisationName().substring(0, 5).toUpperCase());
        byLocality.setState(ConnectionState.ACTIVE);
        assertThat(operator.call(() -> register.search(byLocality, 0, 20))).extracting(RegisterRow::clientNumber)
                .contains(number);
        byLocality.setState(ConnectionState.SUSPENDED);
        assertThat(operator.call(() -> register.search(byLocality, 0, 20))).extracting(RegisterRow::clientNumber)
                .doesNotContain(number);
        assertThat(operator.call(() -> register.count(new RegisterFilter()))).isPositive();
    }

    @Test
    void anApplicantSeesTheConnectionsOfItsOwnClientsOnlyAndNeverChangesThem() throws Exception {
        ConnectionRequest approved = approved(proposed("Wincrange"), RequestFixtures.APPROVAL_TERMS);
        long connectionId = approved.getConnection().getId();
        long mine = fixtures.espaceOf(AsApplicantOne.EMAIL);
        long theirs = fixtures.espaceOf(AsApplicantTwo.EMAIL);

        assertThat(applicant.call(() -> register.connectionsOfMyEspace(mine))).extracting(Connection::getId)
                .contains(connectionId);
        assertThat(applicant.call(() -> register.connectionOfMyEspace(mine, connectionId)).getClientNumber())
                .isEqualTo(approved.getClientNumber());

        assertThat(otherApplicant.call(() -> register.connectionsOfMyEspace(theirs))).extracting(Connection::getId)
                .doesNotContain(connectionId);
        assertThatThrownBy(() -> otherApplicant.call(() -> register.connectionOfMyEspace(theirs, connectionId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> register.connectionOfMyEspace(mine, connectionId)))
                .as("an eSpace the caller is not a member of").isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> register.historyForMyEspace(theirs, connectionId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applicant.call(() -> register.reinstate(connectionId, 0, "mine")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> applicant.call(() -> register.client(approved.getConnection().getClient().getId())))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aPostalAddressThatIsNotWholeIsRefusedAndNothingIsApproved() throws Exception {
        long id = proposed("Beaufort");
        ApprovalTerms incomplete = new ApprovalTerms(null, new Address("Rue Haute", "", "L-6310", "Beaufort"), Language.FR);

        assertThatThrownBy(() -> approved(id, incomplete)).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("client.addressIncomplete"));
        assertThat(operator.call(() -> review.get(id)).getConnection()).isNull();
        assertThat(fixtures.state(id)).isEqualTo(lu.alarmis.request.RequestState.IN_REVIEW);
    }

    private long proposed(String locality) throws Exception {
        return fixtures.proposed(locality);
    }

    private ConnectionRequest approved(long id, ApprovalTerms terms) throws Exception {
        return supervisor.call(() -> review.approve(id, fixtures.version(id), null, terms));
    }

    /** A client of the legacy register with that trade-register number, put in place as its import would. */
    private long legacyClientWithTradeRegisterNumber(String number) throws Exception {
        tx.begin();
        try {
            long clientId = -1 - Math.abs(System.nanoTime() % 1_000_000_000L);
            em.createNativeQuery("insert into client (id, version, name, name_key, legal_form, trade_register_number,"
                            + " correspondence_language, origin, created_at) values (?1, 0, 'Another shop', 'ANOTHER SHOP', 'SA',"
                            + " ?2, 'FR', 'LEGACY', ?3)")
                    .setParameter(1, clientId).setParameter(2, number).setParameter(3, Instant.now()).executeUpdate();
            return clientId;
        } finally {
            tx.commit();
        }
    }

    /** A connection of the legacy register, put in place as its import would. */
    private void legacyConnection(String clientNumber) throws Exception {
        tx.begin();
        try {
            long clientId = -1 - Math.abs(System.nanoTime() % 1_000_000_000L);
            em.createNativeQuery("insert into client (id, version, name, name_key, legal_form, correspondence_language,"
                            + " origin, created_at) values (?1, 0, 'Legacy client', 'LEGACY CLIENT', 'SA', 'FR', 'LEGACY', ?2)")
                    .setParameter(1, clientId).setParameter(2, Instant.now()).executeUpdate();
            em.createNativeQuery("insert into client_connection (id, version, client_id, client_number, site_street,"
                            + " site_house_number, site_postcode, site_locality, site_locality_key, passive_alarm, active_alarm,"
                            + " state, state_since, origin, origin_reference, created_at, connected_on) values (?1, 0, ?1, ?2, 'Rue A',"
                            + " '1', 'L-1111', 'Luxembourg', 'LUXEMBOURG', true, false, 'ACTIVE', ?3, 'LEGACY', 'legacy.csv line 1', ?3, ?4)")
                    .setParameter(1, clientId).setParameter(2, clientNumber).setParameter(3, Instant.now())
                    .setParameter(4, LocalDate.of(2015, 6, 1)).executeUpdate();
        } finally {
            tx.commit();
        }
    }
}
