package lu.alarmis.web.staff.certification;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import lu.alarmis.certification.CertificationRequest;
import lu.alarmis.certification.CertificationReviewService;

/**
 * /staff/certification/index.xhtml: the certification requests to prepare, to decide, and those
 * approved that wait for their token, oldest first, each beside the register entry it names.
 */
@Named("certificationQueue")
@RequestScoped
public class CertificationQueueBacking {

    @EJB
    private CertificationReviewService certifications;

    private List<CertificationRequest> queue;

    public List<CertificationRequest> getQueue() {
        if (queue == null) {
            queue = certifications.queue();
        }
        return queue;
    }
}
