package lu.alarmis.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.client.ClientNumber;
import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.client.ConnectionEvent;
import lu.alarmis.client.ConnectionEventKind;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.client.RegisterActor;
import lu.alarmis.client.RegisterFilter;
import lu.alarmis.client.RegisterRow;
import lu.alarmis.client.legacy.ImportProblem;
import lu.alarmis.client.legacy.LegacyImport;
import lu.alarmis.client.legacy.LegacyImportStatus;
import lu.alarmis.client.legacy.LegacyImports;
import lu.alarmis.client.legacy.LineProblem.Reason;
import lu.alarmis.common.BusinessException;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.Measure;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.it.support.AsAdmin;
import lu.alarmis.it.support.AsOperator;
import lu.alarmis.it.support.AsSupervisorTwo;
import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.RequestFixtures;

/**
 * The legacy register's import on the real server, its batch runtime and database: bad lines
 * reported with their line and reason while the good ones go in, the same file twice changing
 * nothing, a later file updating what changed (in the connections' history) and reporting what
 * it lacks, an import stopped midway resumed without a line imported twice, and the client-number
 * sequence moved past the legacy register's numbers.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(DatabaseDependent.TAG)
class LegacyImportIT {

    private static final String HEADER = "client_number;name;legal_form;trade_register_number;language;"
            + "postal_street;postal_house_number;postal_postcode;postal_locality;site_street;site_house_number;"
            + "site_postcode;site_locality;passive_alarm;active_alarm;post_line_id;transmitter_id;state;connected_on;"
            + "last_servicing_on;last_transmission_test_on";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(LegacyImportIT.class);
    }

    @EJB(lookup = Deployments.EJB_GLOBAL + "LegacyImports")
    private LegacyImports imports;

    @EJB(lookup = Deployments.EJB_GLOBAL + "IntendedDecisionService")
    private IntendedDecisionService decisions;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ClientRegister")
    private ClientRegister register;

    @Inject
    private AsAdmin admin;

    @Inject
    private AsOperator operator;

    @Inject
    private AsSupervisorTwo supervisor;

    @Inject
    private RequestFixtures fixtures;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    /**
     * Client numbers of this run: each test takes its own ten thousand sequence values (the stopped
     * import's 6,000 lines among them) after a random start. A random start per test once let a
     * test's numbers fall among the stopped import's, and found another test's connection there.
     */
    private static final int FIRST_OF_CLASS = ThreadLocalRandom.current().nextInt(30, 300) * 1000;
    private static final AtomicInteger TESTS_SO_FAR = new AtomicInteger();
    private int firstSequence;
    private String run;

    @BeforeEach
    void numbers() throws Exception {
        fixtures.people();
        firstSequence = FIRST_OF_CLASS + TESTS_SO_FAR.getAndIncrement() * 10_000;
        run = Integer.toString(firstSequence / 100);
    }

    @Test
    void badLinesAreReportedWithTheirLineAndReasonAndTheGoodOnesGoIn() throws Exception {
        String file = file(
                line(0, "Bijouterie Weber " + run, "S.à r.l.", "B" + run + "1", "ACTIVE"),
                line(1, "Bijouterie Weber " + run, "SARL", "B" + run + "1", "SUSPENDED"),        // the same client, a second site
                line(2, "Administration communale de Mamer " + run, "commune", "", "ENDED"),
                line(3, "Pharmacie Thill " + run, "SA", "B" + run + "3", "").replace("L-8201;Mamer;yes", "F-57000;Metz;yes"),
                number(4).substring(0, 15) + wrongCheckDigit(number(4)) + line(4, "Garage Klein " + run, "SA", "B" + run + "4", "").substring(16),
                line(1, "Bijouterie Weber " + run, "SARL", "B" + run + "1", "ACTIVE"),           // the number of line 3 again
                line(6, "Optique Faber " + run, "GmbH", "", ""),
                "AL-2010-000001-5;only three;values",
                line(8, "Librairie Hansen " + run, "EI", "A" + run + "8", ""));
        LegacyImport done = importAndWait("register-" + run + ".csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(done.getStatus()).isEqualTo(LegacyImportStatus.COMPLETED);
        assertThat(done.getLineCount()).isEqualTo(9);
        assertThat(done.getLinesDone()).isEqualTo(9);
        assertThat(done.getCreatedCount()).as("lines 2, 3, 4 and 10").isEqualTo(4);
        assertThat(done.getRejectedCount()).isEqualTo(5);
        assertThat(report(done.getId())).filteredOn(p -> p.getLineNumber() != null)
                .extracting(p -> p.getLineNumber() + " " + p.getColumn() + " " + p.getReason())
                .containsExactly("5 site_postcode POSTCODE_NOT_LUXEMBOURG",
                        "6 client_number CHECK_DIGIT_WRONG",
                        "7 client_number DUPLICATE_IN_FILE",
                        "8 legal_form UNKNOWN_LEGAL_FORM",
                        "9 null WRONG_NUMBER_OF_VALUES");

        Connection first = connection(number(0));
        Connection second = connection(number(1));
        assertThat(second.getClient().getId()).as("two sites of one client").isEqualTo(first.getClient().getId());
        assertThat(second.getState()).isEqualTo(ConnectionState.SUSPENDED);
        assertThat(connection(number(2)).getState()).isEqualTo(ConnectionState.ENDED);
        assertThat(first.getClient().isAddressConfirmed()).as("an address from the old register waits for staff").isFalse();
        assertThat(first.getConnectedOn()).isEqualTo(LocalDate.of(2010, 3, 15));
        assertThat(first.getLastServicingOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(history(number(0))).singleElement().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(ConnectionEventKind.IMPORTED);
            assertThat(event.getActorKind()).isEqualTo(RegisterActor.LEGACY_IMPORT);
            assertThat(event.getActor()).isEqualTo("register-" + run + ".csv");
        });
        RegisterFilter byName = new RegisterFilter();
        byName.setName("Bijouterie Weber " + run);
        List<RegisterRow> found = operator.call(() -> register.search(byName, 0, 10));
        assertThat(found).as("the operator finds the imported client").hasSize(2);
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        byte[] file = file(line(0, "Boulangerie Muller " + run, "SA", "B" + run + "0", "ACTIVE"),
                line(1, "Fiduciaire Becker " + run, "SA", "B" + run + "1", "SUSPENDED"),
                // two public bodies of one name and no trade-register number, at two addresses: two clients
                line(2, "Administration communale " + run, "commune", "", ""),
                line(3, "Administration communale " + run, "commune", "", "").replace("Grand-Rue;12;L-1212", "Rue Haute;3;L-1212"))
                .getBytes(StandardCharsets.UTF_8);
        importAndWait("twice-" + run + ".csv", file);
        LegacyImport again = importAndWait("twice-" + run + ".csv", gzip(file));

        assertThat(again.getCreatedCount()).isZero();
        assertThat(again.getUpdatedCount()).isZero();
        assertThat(again.getUnchangedCount()).isEqualTo(4);
        assertThat(connection(number(3)).getClient().getId()).isNotEqualTo(connection(number(2)).getClient().getId());
        assertThat(history(number(0))).hasSize(1);
        assertThat(history(number(1))).hasSize(1);
    }

    @Test
    void aLaterFileUpdatesWhatChangedReportsWhatItLacksAndKeepsWhatStaffDid() throws Exception {
        importAndWait("register-1-" + run + ".csv", file(
                line(0, "Galerie Welter " + run, "SA", "B" + run + "0", "ACTIVE"),
                line(1, "Horlogerie Kayser " + run, "SA", "B" + run + "1", "ACTIVE"),
                line(2, "Fleuriste Lentz " + run, "SA", "B" + run + "2", "ACTIVE")).getBytes(StandardCharsets.UTF_8));
        Connection suspendedHere = connection(number(0));
        supervisor.call(() -> decisions.takeUrgently(Measure.SUSPEND_CONNECTION, suspendedHere.getId(),
                "no servicing certificate", "false alarms every night"));

        LegacyImport later = importAndWait("register-2-" + run + ".csv", file(
                line(0, "Galerie Welter " + run, "SA", "B" + run + "0", "ACTIVE").replace("TX-0", "TX-90"),
                line(1, "Horlogerie Kayser " + run, "SA", "B" + run + "1", "SUSPENDED").replace("Grand-Rue;12;", "Rue Neuve;4;"),
                line(3, "Épicerie Pauly " + run, "SA", "B" + run + "3", "ACTIVE")).getBytes(StandardCharsets.UTF_8));

        assertThat(later.getCreatedCount()).isEqualTo(1);
        assertThat(later.getUpdatedCount()).isEqualTo(1);
        assertThat(later.getUnchangedCount()).as("kept: staff suspended it here").isEqualTo(1);
        List<ImportProblem> report = report(later.getId());
        assertThat(report).filteredOn(p -> p.getReason() == Reason.CHANGED_HERE).singleElement()
                .satisfies(p -> assertThat(p.getValue()).contains("state SUSPENDED → ACTIVE", "transmitter"));
        assertThat(report).filteredOn(p -> p.getReason() == Reason.MISSING_FROM_FILE)
                .extracting(ImportProblem::getValue).contains(number(2)).doesNotContain(number(0), number(1), number(3));
        assertThat(connection(number(2)).getState()).as("missing from the file, not ended").isEqualTo(ConnectionState.ACTIVE);
        assertThat(connection(number(0)).getState()).as("staff's suspension stands").isEqualTo(ConnectionState.SUSPENDED);

        Connection updated = connection(number(1));
        assertThat(updated.getState()).isEqualTo(ConnectionState.SUSPENDED);
        assertThat(updated.getSite().getStreet()).isEqualTo("Rue Neuve");
        assertThat(history(number(1))).extracting(e -> e.getKind() + " " + e.getActor() + " " + e.getFromState() + "→" + e.getToState())
                .containsExactly("IMPORTED register-1-" + run + ".csv null→ACTIVE",
                        "IMPORT_UPDATED register-2-" + run + ".csv ACTIVE→SUSPENDED");
        assertThat(history(number(1)).get(1).getNote()).contains("line 3", "site", "Rue Neuve", "state ACTIVE → SUSPENDED");
    }

    @Test
    void anImportStoppedMidwayIsResumedAfterItsLastLineAndNoLineIsImportedTwice() throws Exception {
        int lines = 6000;
        List<String> body = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            body.add(line(i, "Client " + run + "-" + i, "SA", "B" + run + String.format("%04d", i), ""));
        }
        LegacyImport started = admin.call(() -> imports.upload("big-" + run + ".csv",
                new ByteArrayInputStream(file(body.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8))));
        long firstExecution = started.getJobExecutionId();
        await(started.getId(), i -> i.getLinesDone() > 0, Duration.ofSeconds(60));
        assertThatThrownBy(() -> importAndWait("meanwhile-" + run + ".csv", file(line(0, "X", "SA", "", ""))
                .getBytes(StandardCharsets.UTF_8))).as("one import at a time")
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("legacyImport.oneAtATime"));
        BatchRuntime.getJobOperator().stop(firstExecution);
        LegacyImport stopped = await(started.getId(), i -> i.getStatus() != LegacyImportStatus.RUNNING, Duration.ofSeconds(60));
        assertThat(stopped.getStatus()).isEqualTo(LegacyImportStatus.INTERRUPTED);
        assertThat(stopped.getLinesDone()).as("stopped midway").isBetween(1, lines - 1);

        LegacyImport resumed = admin.call(() -> imports.resume(started.getId()));
        assertThat(resumed.getExecutions()).isEqualTo(2);
        LegacyImport done = await(started.getId(), i -> i.getStatus() != LegacyImportStatus.RUNNING, Duration.ofSeconds(120));

        assertThat(done.getStatus()).isEqualTo(LegacyImportStatus.COMPLETED);
        assertThat(done.getLinesDone()).isEqualTo(lines);
        assertThat(done.getCreatedCount()).isEqualTo(lines);
        assertThat(readCount(done.getJobExecutionId())).as("the second execution read only the lines after the first's")
                .isEqualTo(lines - stopped.getLinesDone());
        assertThat(((Number) em.createQuery("select count(e) from ConnectionEvent e where e.kind = :imported"
                        + " and e.actor = :file")
                .setParameter("imported", ConnectionEventKind.IMPORTED)
                .setParameter("file", "big-" + run + ".csv")
                .getSingleResult()).intValue()).as("one connection per line, each imported once").isEqualTo(lines);
    }

    @Test
    void theSequenceMovesPastTheNumbersOfTheLegacyRegister() throws Exception {
        int year = LocalDate.now(Luxembourg.ZONE).getYear();
        long ahead = fixtures.clientNumberSequence() + 50;
        String legacy = ClientNumber.of(year, (int) ahead).value();
        importAndWait("this-year-" + run + ".csv", file(line(0, "Banque Reuter " + run, "SA", "B" + run + "0", "")
                .replace(number(0), legacy)).getBytes(StandardCharsets.UTF_8));

        assertThat(fixtures.clientNumberSequence()).as("the sequence's next number comes after " + legacy)
                .isGreaterThanOrEqualTo(ahead);
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedWholeAndOnlyAdminsImport() throws Exception {
        byte[] noSite = "client_number;name;legal_form\nAL-2010-000001-5;X;SA\n".getBytes(StandardCharsets.UTF_8);
        int before = admin.call(() -> imports.history()).size();
        assertThatThrownBy(() -> admin.call(() -> imports.upload("no-site.csv", new ByteArrayInputStream(noSite))))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("legacyImport.missingColumns");
                    assertThat(refused.arguments()[0].toString()).contains("site_street", "connected_on");
                });
        assertThat(admin.call(() -> imports.history())).hasSize(before);
        assertThatThrownBy(() -> operator.call(() -> imports.upload("x.csv", new ByteArrayInputStream(noSite))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> operator.call(() -> imports.history())).isInstanceOf(EJBAccessException.class);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private String number(int i) {
        return ClientNumber.of(2010, firstSequence + i).value();
    }

    private static char wrongCheckDigit(String number) {
        return (char) ('0' + (number.charAt(15) - '0' + 1) % 10);
    }

    private String line(int i, String name, String legalForm, String tradeRegister, String state) {
        return String.join(";", number(i), name, legalForm, tradeRegister, "fr", "Grand-Rue", "12", "L-1212", "Luxembourg",
                "Grand-Rue", "12", "L-8201", "Mamer", "yes", "no", "LN-" + i, "TX-" + i, state, "15.03.2010", "2026-02-01", "");
    }

    private static String file(String... lines) {
        return HEADER + "\n" + String.join("\n", lines) + "\n";
    }

    private static byte[] gzip(byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(content);
        }
        return out.toByteArray();
    }

    private LegacyImport importAndWait(String name, byte[] content) throws Exception {
        LegacyImport started = admin.call(() -> imports.upload(name, new ByteArrayInputStream(content)));
        return await(started.getId(), i -> i.getStatus() != LegacyImportStatus.RUNNING, Duration.ofSeconds(60));
    }

    private LegacyImport await(long importId, Predicate<LegacyImport> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            LegacyImport now = admin.call(() -> imports.find(importId));
            if (condition.test(now)) {
                return now;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + importId + " after " + timeout + ": " + now.getStatus() + ", "
                        + now.getLinesDone() + " of " + now.getLineCount() + " lines");
            }
            Thread.sleep(50);
        }
    }

    private List<ImportProblem> report(long importId) throws Exception {
        List<ImportProblem> problems = new ArrayList<>();
        admin.call(() -> {
            imports.report(importId, problems::add);
            return null;
        });
        return problems;
    }

    private Connection connection(String clientNumber) {
        return em.createQuery("select c from Connection c join fetch c.client where c.clientNumber = :number", Connection.class)
                .setParameter("number", clientNumber)
                .getSingleResult();
    }

    private List<ConnectionEvent> history(String clientNumber) throws Exception {
        return operator.call(() -> register.history(connection(clientNumber).getId()));
    }

    private static long readCount(long executionId) {
        List<StepExecution> steps = BatchRuntime.getJobOperator().getStepExecutions(executionId);
        return steps.stream().filter(step -> step.getStepName().equals("lines")).flatMap(step -> List.of(step.getMetrics()).stream())
                .filter(metric -> metric.getType() == Metric.MetricType.READ_COUNT).mapToLong(Metric::getValue).sum();
    }
}
