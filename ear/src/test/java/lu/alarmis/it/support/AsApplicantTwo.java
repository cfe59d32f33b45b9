package lu.alarmis.it.support;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import lu.alarmis.security.Roles;

/** Runs test code as an applicant of another organisation, applicant.two@example.test (in-container tests only).
 * No transaction of its own: each service call is one, as when the person acts on a page. */
@Stateless
@RunAs(Roles.APPLICANT)
@RunAsPrincipal(AsApplicantTwo.EMAIL)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsApplicantTwo {

    public static final String EMAIL = "applicant.two@example.test";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
