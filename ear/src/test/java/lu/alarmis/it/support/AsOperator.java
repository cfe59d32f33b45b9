package lu.alarmis.it.support;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import lu.alarmis.security.Roles;

/** Runs test code as an operator, operator.one@police.test (in-container tests only).
 * No transaction of its own: each service call is one, as when the person acts on a page. */
@Stateless
@RunAs(Roles.CIN_OPERATOR)
@RunAsPrincipal(AsOperator.EMAIL)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOperator {

    public static final String EMAIL = "operator.one@police.test";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
