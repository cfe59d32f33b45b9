package lu.alarmis.it.support;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import lu.alarmis.security.Roles;

/** Runs test code in a transaction as an administrator (in-container tests only). */
@Stateless
@RunAs(Roles.ADMIN)
@RunAsPrincipal(AsAdmin.EMAIL)
@PermitAll
public class AsAdmin {

    public static final String EMAIL = "admin.one@police.test";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
