package lu.alarmis.it.support;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import lu.alarmis.security.Roles;

/** Runs test code as a second supervisor, supervisor.two@police.test (in-container tests only).
 * No transaction of its own: each service call is one, as when the person acts on a page. */
@Stateless
@RunAs(Roles.CIN_SUPERVISOR)
@RunAsPrincipal(AsSupervisorTwo.EMAIL)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsSupervisorTwo {

    public static final String EMAIL = "supervisor.two@police.test";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
