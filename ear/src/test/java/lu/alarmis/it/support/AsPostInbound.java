package lu.alarmis.it.support;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import lu.alarmis.security.Roles;

/** Runs test code in a transaction under the identity that processes POST's messages. */
@Stateless
@RunAs(Roles.POST_INBOUND)
@PermitAll
public class AsPostInbound {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
