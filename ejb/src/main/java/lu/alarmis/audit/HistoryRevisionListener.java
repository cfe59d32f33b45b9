package lu.alarmis.audit;

import java.security.Principal;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.ejb.EJBContext;

import org.hibernate.envers.RevisionListener;

/** Stamps each Envers revision with the caller of the EJB whose transaction made it. */
public class HistoryRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((HistoryRevision) revisionEntity).setActor(callerName());
    }

    private static String callerName() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal caller = context.getCallerPrincipal();
            return caller == null ? "system" : caller.getName();
        } catch (NamingException | IllegalStateException outsideAnEjb) {
            return "system";
        }
    }
}
