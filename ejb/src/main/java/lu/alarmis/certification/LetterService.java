package lu.alarmis.certification;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.security.Roles;

/**
 * The print queue: letters that wait, printed together as one PDF (one letter per page, for
 * window envelopes), then marked posted together, which starts each token's 60 days and erases the
 * letters' copies of the tokens. A batch can be printed again until it is posted.
 */
@Stateless
@RolesAllowed({Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR})
public class LetterService {

    private static final int LIST_MAX = 200;

    /** A print batch and how many letters it holds. */
    public record BatchLine(PrintBatch batch, long letters) {
    }

    @Inject
    private CertificationRepository certifications;

    @Inject
    private CertificationHistory history;

    @Inject
    private LetterPdf pdf;

    @Resource
    private SessionContext context;

    public List<Letter> waiting() {
        return certifications.waitingLetters(CertificationRepository.BATCH_MAX);
    }

    public List<BatchLine> batches() {
        return certifications.batches(LIST_MAX).stream()
                .map(b -> new BatchLine(b, certifications.countLetters(b.getId())))
                .toList();
    }

    /** A batch of the letters that wait (at most {@value CertificationRepository#BATCH_MAX}). */
    public PrintBatch print() {
        List<Letter> letters = certifications.waitingLetters(CertificationRepository.BATCH_MAX);
        if (letters.isEmpty()) {
            throw new BusinessException("letters.noneWaiting", "no letter waits");
        }
        String me = caller();
        Instant now = Instant.now();
        PrintBatch batch = new PrintBatch(me, now);
        certifications.add(batch);
        for (Letter letter : letters) {
            letter.printedIn(batch);
            history.record(letter.getRequest(), CertificationEventKind.LETTER_PRINTED, me, "batch " + batch.getId(), now);
        }
        return batch;
    }

    /** The batch's letters as one PDF, written to the stream as it is made; refused once the batch is posted. */
    public void render(long batchId, OutputStream out) {
        PrintBatch batch = batch(batchId);
        if (batch.isPosted()) {
            throw new BusinessException("letters.alreadyPosted", "batch " + batchId + " was posted");
        }
        try {
            pdf.write(certifications.lettersOf(batchId), out);
        } catch (IOException e) {
            throw new UncheckedIOException("letters of batch " + batchId, e);
        }
    }

    /** The batch went out: each token valid 60 days from now (at most 90 from its issue); their copies erased. */
    public PrintBatch markPosted(long batchId, long version) {
        String me = caller();
        Instant now = Instant.now();
        PrintBatch batch = batch(batchId);
        certifications.change(batch, batch.getVersion(), version, batchId, b -> b.posted(me, now));
        try (var letters = certifications.lettersOf(batchId)) {
            letters.forEach(letter -> {
                if (letter.getState() == LetterState.PRINTED) {
                    letter.posted(now);
                    history.record(letter.getRequest(), CertificationEventKind.LETTER_POSTED, me, "batch " + batchId, now);
                }
            });
        }
        return batch;
    }

    /** A letter that waits or was printed but not posted: cancelled, its token revoked (issue a new one). */
    public Letter cancel(long letterId, long version) {
        String me = caller();
        Instant now = Instant.now();
        Letter letter = certifications.findLetter(letterId).orElseThrow(() -> new NotFoundException("letter", letterId));
        certifications.change(letter, letter.getVersion(), version, letterId, l -> l.cancel(me, now));
        history.record(letter.getRequest(), CertificationEventKind.LETTER_CANCELLED, me, "letter " + letterId, now);
        return letter;
    }

    private PrintBatch batch(long batchId) {
        return certifications.findBatch(batchId).orElseThrow(() -> new NotFoundException("print batch", batchId));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
