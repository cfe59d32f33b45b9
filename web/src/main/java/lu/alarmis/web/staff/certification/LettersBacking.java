package lu.alarmis.web.staff.certification;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import lu.alarmis.certification.Letter;
import lu.alarmis.certification.LetterService;
import lu.alarmis.certification.PrintBatch;
import lu.alarmis.web.Pages;

/**
 * /staff/certification/letters.xhtml: the print queue. The letters that wait are printed as one
 * batch (one PDF to download and print, for window envelopes); a batch is marked posted once it
 * went out, which starts its tokens' 60 days.
 */
@Named("letters")
@RequestScoped
public class LettersBacking {

    private static final String PAGE = "/staff/certification/letters.xhtml";

    @EJB
    private LetterService letters;

    private List<Letter> waiting;
    private List<LetterService.BatchLine> batches;

    public void print() {
        Pages.act(letters::print, "letters.printReady", PAGE, () -> { });
    }

    public void markPosted(PrintBatch batch) {
        Pages.act(() -> letters.markPosted(batch.getId(), batch.getVersion()), "letters.posted", PAGE, () -> { });
    }

    public List<Letter> getWaiting() {
        if (waiting == null) {
            waiting = letters.waiting();
        }
        return waiting;
    }

    public List<LetterService.BatchLine> getBatches() {
        if (batches == null) {
            batches = letters.batches();
        }
        return batches;
    }
}
