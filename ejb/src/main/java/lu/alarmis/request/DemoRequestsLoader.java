package lu.alarmis.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import lu.alarmis.account.Account;
import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.AccountRepository;
import lu.alarmis.account.DemoAccountsLoader;
import lu.alarmis.account.EspaceMembership;
import lu.alarmis.account.EspaceRepository;
import lu.alarmis.client.Address;
import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.client.NewConnection;
import lu.alarmis.common.Language;
import lu.alarmis.document.DocumentInspector;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.notification.NotificationSubject;
import lu.alarmis.security.Roles;

/**
 * Run mode only: three requests of the demo pharmacy, so that every desk has something to do at
 * once: one waits for POST's answer (operator), one carries an operator's proposal (supervisor),
 * one is approved (the applicant's client number and notifications). The demo jeweller has none:
 * the wizard is hers to try. Loaded once; a restart keeps what exists.
 */
@Singleton
@Startup
@DependsOn("DemoAccountsLoader")
@RunAs(Roles.CIN_SUPERVISOR) // the approval's connection enters the register as a supervisor's would
public class DemoRequestsLoader {

    private static final Logger LOG = Logger.getLogger(DemoRequestsLoader.class.getName());
    private static final String APPLICANT = "marc.schmit@demo-pharmacie.lu";

    @Inject
    private AccountRepository accounts;

    @Inject
    private EspaceRepository espaces;

    @Inject
    private RequestRepository requests;

    @Inject
    private RequestHistory history;

    @Inject
    private DocumentInspector inspector;

    @EJB
    private NotificationService notifications;

    @EJB
    private ClientRegister register;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        if (!Boolean.getBoolean(DemoAccountsLoader.DEMO_PROPERTY)) {
            return;
        }
        Account applicant = accounts.findByEmail(APPLICANT).orElseThrow();
        EspaceMembership membership = espaces.membershipsOf(applicant.getId()).get(0);
        if (!requests.ofEspace(membership.getEspace().getId()).isEmpty()) {
            return;
        }
        Account operator = accounts.findByEmail("operator@demo.alarmis.lu").orElseThrow();
        Account supervisor = accounts.findByEmail("supervisor@demo.alarmis.lu").orElseThrow();
        Instant now = Instant.now();

        submitted(membership, "Rue de l'Alzette", "30", "Esch-sur-Alzette", "POST-DEMO-1001", now.minus(Duration.ofDays(2)));

        ConnectionRequest proposed = submitted(membership, "Route d'Arlon", "110", "Strassen", "POST-DEMO-1002",
                now.minus(Duration.ofDays(9)));
        confirmed(proposed, operator, now.minus(Duration.ofDays(8)));
        proposed.propose(ConnectionRequest.Decision.APPROVAL, operator, "Complete file; installer certified.");
        history.record(proposed, RequestEventKind.PROPOSED, ActorKind.PGD, operator.getEmail(), RequestState.IN_REVIEW,
                "APPROVAL: Complete file; installer certified.", now.minus(Duration.ofDays(7)));

        ConnectionRequest approved = submitted(membership, "Place de la Gare", "5", "Esch-sur-Alzette", "POST-DEMO-1000",
                now.minus(Duration.ofDays(40)));
        confirmed(approved, operator, now.minus(Duration.ofDays(38)));
        approved.propose(ConnectionRequest.Decision.APPROVAL, operator, null);
        Instant decided = now.minus(Duration.ofDays(35));
        BusinessEspace espace = membership.getEspace();
        SiteAddress site = approved.getSite();
        Connection connection = register.connect(new NewConnection(null, espace.getOrganisationName(),
                espace.getLegalForm(), espace.getTradeRegisterNumber(), Language.FR,
                new Address(espace.getStreet(), espace.getHouseNumber(), espace.getPostcode(), espace.getLocality()),
                new Address(site.getStreet(), site.getHouseNumber(), site.getPostcode(), site.getLocality()),
                approved.isPassiveAlarm(), approved.isActiveAlarm(), approved.getPostOrderReference(),
                approved.getPostLineId(), approved.getPostTransmitterId(), approved.getReference(), espace,
                supervisor.getEmail()));
        approved.approve(supervisor, null, decided);
        approved.connectedAs(connection);
        history.record(approved, RequestEventKind.APPROVED, ActorKind.PGD, supervisor.getEmail(), RequestState.IN_REVIEW,
                approved.getClientNumber(), decided);
        notifications.notify(membership.getEspace(), NotificationSubject.request(approved.getId()), NotificationKind.REQUEST_APPROVED,
                approved.getClientNumber());
        LOG.info(() -> "Demo requests of " + membership.getEspace().getOrganisationName());
    }

    private ConnectionRequest submitted(EspaceMembership membership, String street, String number, String locality,
                                        String orderReference, Instant at) {
        Account applicant = membership.getAccount();
        ConnectionRequest request = new ConnectionRequest(membership.getEspace(), applicant, at);
        requests.add(request);
        request.updateSite(new SiteAddress(street, number, "L-4001", locality, PremisesKind.PHARMACY));
        request.updateAlarmTypes(true, true, false);
        request.updateCompanies(new Company("Securitas Alarm Install SA", "12 rue de l'Industrie, L-3895 Foetz",
                "+352 26 55 00"), new Company("Alarm Service SARL", "4 rue du Fort, L-1111 Luxembourg", "service@demo.lu"));
        request.updateOrderReference(orderReference);
        request.replaceContacts(List.of(new Contact("Marc Schmit", "+352 621 100 200", "Pharmacist, owner"),
                new Contact("Lea Schmit", "+352 621 100 201", "Key holder")));
        request.updateReasons("Pharmacy with narcotics stock; a night-time break-in in the town last year.");
        byte[] pdf = demoPdf();
        RequestDocument document = new RequestDocument(request, RequestDocument.Purpose.SUPPORTING,
                inspector.inspect("installer-certificate.pdf", pdf), pdf, applicant, at);
        requests.add(document);
        request.attach(document);
        history.record(request, RequestEventKind.CREATED, ActorKind.APPLICANT, applicant.getEmail(), null, null, at);
        request.submit(true, at);
        history.record(request, RequestEventKind.SUBMITTED, ActorKind.APPLICANT, applicant.getEmail(),
                RequestState.DRAFT, null, at);
        request.moveTo(RequestState.POST_CHECK, at);
        history.record(request, RequestEventKind.POST_CHECK_REQUESTED, ActorKind.SYSTEM, "ALARMIS Connect",
                RequestState.SUBMITTED, orderReference, at);
        notifications.notify(membership.getEspace(), NotificationSubject.request(request.getId()), NotificationKind.REQUEST_SUBMITTED, null);
        return request;
    }

    private void confirmed(ConnectionRequest request, Account operator, Instant at) {
        request.postConfirmed("LINE-" + request.getPostOrderReference(), "TX-" + request.getPostOrderReference(), at);
        history.record(request, RequestEventKind.POST_CONFIRMED, ActorKind.PGD, operator.getEmail(),
                RequestState.POST_CHECK, "recorded by hand: demo data", at);
    }

    private static byte[] demoPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
