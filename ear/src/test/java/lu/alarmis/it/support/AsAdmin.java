package lu.alarmis.it.support;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import lu.alarmis.security.Roles;

/** Runs test code in a transaction as an administrator (in-container tests only). */
@Stateless
@RunAs(Roles.ADMIN)
@PermitAll
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
