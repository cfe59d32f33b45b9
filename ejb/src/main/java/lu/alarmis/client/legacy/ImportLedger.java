package lu.alarmis.client.legacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.Session;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.client.LegacyEntries;
import lu.alarmis.client.LegacyEntry;
import lu.alarmis.client.LegacyEntryOutcome;
import lu.alarmis.client.LegacyEntryOutcome.Outcome;
import lu.alarmis.client.RegisterOrigin;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;

/**
 * The import's records in the database: the import itself, its ledger of lines done and its
 * report's problems. A chunk of lines is written in the chunk's transaction (the job's), together
 * with what it did to the register; the rest each in a transaction of its own.
 */
@ApplicationScoped
public class ImportLedger {

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @EJB
    private LegacyEntries entries;

    @EJB
    private AuditLog audit;

    /** Records a new import, refused while another runs: two at once would race for the same client numbers. */
    @Transactional(TxType.REQUIRES_NEW)
    public LegacyImport create(String fileName, String sha256, long bytes, int lineCount, String uploadedBy) {
        refuseWhileOneRuns();
        LegacyImport record = new LegacyImport(fileName, sha256, bytes, lineCount, uploadedBy, Instant.now());
        em.persist(record);
        em.flush();
        audit.record(uploadedBy, AuditAction.LEGACY_IMPORT_STARTED, "legacy-import", record.getId(),
                fileName + " · " + lineCount + " lines · SHA-256 " + sha256);
        return record;
    }

    private void refuseWhileOneRuns() {
        List<String> running = em.createQuery("select i.fileName from LegacyImport i where i.status = :running", String.class)
                .setParameter("running", LegacyImportStatus.RUNNING)
                .getResultList();
        if (!running.isEmpty()) {
            throw new BusinessException("legacyImport.oneAtATime", "an import runs: " + running, running.get(0));
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void started(long importId, long executionId) {
        find(importId).started(executionId);
    }

    /** Takes an interrupted import back to running; refused unless it is interrupted (also when two admins click at once). */
    @Transactional(TxType.REQUIRES_NEW)
    public LegacyImport resume(long importId, String by) {
        LegacyImport record = em.find(LegacyImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw new NotFoundException("legacy-import", importId);
        }
        refuseWhileOneRuns();
        record.resume();
        audit.record(by, AuditAction.LEGACY_IMPORT_RESUMED, "legacy-import", importId,
                record.getFileName() + " · execution " + record.getExecutions() + " · after line " + lastLine(importId));
        return record;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void interrupted(long importId) {
        LegacyImport record = em.find(LegacyImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (record != null) {
            record.interrupted();
        }
    }

    /** At start-up no job runs: an import still marked running was cut short by the server's end. */
    @Transactional(TxType.REQUIRES_NEW)
    public int interruptAllRunning() {
        return em.createQuery("update LegacyImport i set i.status = :interrupted where i.status = :running")
                .setParameter("interrupted", LegacyImportStatus.INTERRUPTED)
                .setParameter("running", LegacyImportStatus.RUNNING)
                .executeUpdate();
    }

    @Transactional(TxType.SUPPORTS)
    public LegacyImport find(long importId) {
        LegacyImport record = em.find(LegacyImport.class, importId);
        if (record == null) {
            throw new NotFoundException("legacy-import", importId);
        }
        return record;
    }

    /** The last line of the file that the import committed: a new execution goes on after it. */
    @Transactional(TxType.SUPPORTS)
    public long lastLine(long importId) {
        Long last = em.createQuery("select max(l.key.lineNumber) from LedgerLine l where l.key.importId = :import", Long.class)
                .setParameter("import", importId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /**
     * Writes a chunk of checked lines in the chunk's transaction: the good ones into the register,
     * every line into the ledger, every problem into the report, the counts onto the import. A
     * line the ledger already has is skipped: it was done by an execution before.
     */
    @Transactional(TxType.MANDATORY)
    public void writeChunk(long importId, List<CheckedLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        // The chunk's inserts in batches of the chunk's size, not the application's default of 50:
        // a tenth of the round trips to the database.
        em.unwrap(Session.class).setJdbcBatchSize(lines.size());
        LegacyImport record = find(importId);
        Set<Long> done = new HashSet<>(em.createQuery("select l.key.lineNumber from LedgerLine l where l.key.importId = :import"
                        + " and l.key.lineNumber between :first and :last", Long.class)
                .setParameter("import", importId)
                .setParameter("first", lines.get(0).lineNumber())
                .setParameter("last", lines.get(lines.size() - 1).lineNumber())
                .getResultList());
        List<CheckedLine> todo = lines.stream().filter(line -> !done.contains(line.lineNumber())).toList();
        Map<String, Long> earlier = earlierLinesOf(importId, todo.stream().filter(CheckedLine::isGood)
                .map(line -> line.entry().clientNumber()).distinct().toList());

        int rejected = 0;
        List<LegacyEntry> good = new ArrayList<>();
        for (CheckedLine line : todo) {
            if (!line.isGood()) {
                rejected += reject(importId, line.lineNumber(), line.problems());
                continue;
            }
            String number = line.entry().clientNumber();
            Long first = earlier.putIfAbsent(number, line.lineNumber());
            if (first != null) {
                rejected += reject(importId, line.lineNumber(), List.of(LineProblem.of(line.lineNumber(),
                        LegacyColumn.CLIENT_NUMBER, LineProblem.Reason.DUPLICATE_IN_FILE, number + " (line " + first + ")")));
            } else {
                good.add(line.entry());
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Map<Long, String> numbers = new HashMap<>();
        good.forEach(entry -> numbers.put(entry.lineNumber(), entry.clientNumber()));
        List<LegacyEntryOutcome> outcomes = entries.apply(good, record.getFileName());
        em.flush(); // the connections before the ledger's lines that refer to them (the batched inserts are sorted by table)
        for (LegacyEntryOutcome outcome : outcomes) {
            if (outcome.remark() != null) {
                em.persist(new ImportProblem(importId, LineProblem.remark(outcome.lineNumber(),
                        LineProblem.Reason.valueOf(outcome.remark().name()), outcome.detail())));
            }
            switch (outcome.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED, KEPT -> unchanged++;
                case REJECTED -> rejected++;
            }
            em.persist(new LedgerLine(importId, outcome.lineNumber(),
                    outcome.outcome() == Outcome.REJECTED ? null : numbers.get(outcome.lineNumber()),
                    outcome.outcome(), outcome.connectionId()));
        }
        record.chunkDone(todo.size(), created, updated, unchanged, rejected);
    }

    private int reject(long importId, long lineNumber, List<LineProblem> problems) {
        problems.forEach(problem -> em.persist(new ImportProblem(importId, problem)));
        em.persist(new LedgerLine(importId, lineNumber, null, Outcome.REJECTED, null));
        return 1;
    }

    /** The lines of the file before this chunk that were taken with these client numbers, by number. */
    private Map<String, Long> earlierLinesOf(long importId, List<String> clientNumbers) {
        Map<String, Long> earlier = new HashMap<>();
        if (!clientNumbers.isEmpty()) {
            em.createQuery("select l.clientNumber, l.key.lineNumber from LedgerLine l where l.key.importId = :import"
                            + " and l.clientNumber in :numbers", Object[].class)
                    .setParameter("import", importId)
                    .setParameter("numbers", clientNumbers)
                    .getResultList()
                    .forEach(row -> earlier.putIfAbsent((String) row[0], (Long) row[1]));
        }
        return earlier;
    }

    /**
     * The end of an import: every connection of the legacy register that the file lacks is reported
     * (never ended: a line missing from an export is no reason to stop an alarm reaching the CIN),
     * and the import is complete.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public LegacyImport complete(long importId) {
        LegacyImport record = em.find(LegacyImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        em.createQuery("delete from ImportProblem p where p.importId = :import and p.reason = :missing")
                .setParameter("import", importId)
                .setParameter("missing", LineProblem.Reason.MISSING_FROM_FILE)
                .executeUpdate();
        int missing = 0;
        try (Stream<String> numbers = em.createQuery("select c.clientNumber from Connection c where c.origin = :legacy"
                        + " and c.state <> :ended and not exists (select l.key.lineNumber from LedgerLine l"
                        + " where l.key.importId = :import and l.clientNumber = c.clientNumber) order by c.clientNumber", String.class)
                .setParameter("legacy", RegisterOrigin.LEGACY)
                .setParameter("ended", ConnectionState.ENDED)
                .setParameter("import", importId)
                .setHint("org.hibernate.fetchSize", 500)
                .getResultStream()) {
            for (String number : (Iterable<String>) numbers::iterator) {
                em.persist(new ImportProblem(importId, LineProblem.remark(0, LineProblem.Reason.MISSING_FROM_FILE, number)));
                if (++missing % 500 == 0) {
                    em.flush();
                    em.clear();
                }
            }
        }
        record = em.find(LegacyImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        record.completed(missing, Instant.now());
        audit.record(record.getUploadedBy(), AuditAction.LEGACY_IMPORT_FINISHED, "legacy-import", importId,
                record.getFileName() + " · " + record.getLinesDone() + " lines: " + record.getCreatedCount() + " created, "
                        + record.getUpdatedCount() + " updated, " + record.getUnchangedCount() + " unchanged, "
                        + record.getRejectedCount() + " rejected; " + missing + " connections missing from the file");
        return record;
    }

    /** Every import, newest first. */
    @Transactional(TxType.SUPPORTS)
    public List<LegacyImport> history(int max) {
        return em.createQuery("select i from LegacyImport i order by i.uploadedAt desc, i.id desc", LegacyImport.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The import's report, line by line, then the connections the file lacks; streamed, never all in memory. */
    @Transactional(TxType.MANDATORY)
    public Stream<ImportProblem> problems(long importId) {
        return em.createQuery("select p from ImportProblem p where p.importId = :import"
                        + " order by case when p.lineNumber is null then 1 else 0 end, p.lineNumber, p.id", ImportProblem.class)
                .setParameter("import", importId)
                .setHint("org.hibernate.fetchSize", 500)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
    }
}
