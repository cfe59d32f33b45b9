package lu.alarmis.client;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;

/**
 * The business eSpaces that act for a client: linked by an approval or a certification, unlinked
 * when a certification is revoked. In the caller's transaction, which checked who may do it.
 */
@ApplicationScoped
public class ClientEspaces {

    @Inject
    private ClientRepository register;

    @Inject
    private AuditLog audit;

    /** @return whether the eSpace was not linked before */
    public boolean link(Client client, BusinessEspace espace, String by, Instant now) {
        if (!client.link(espace, by, now)) {
            return false;
        }
        audit.record(by, AuditAction.CLIENT_ESPACE_LINKED, "client", client.getId(),
                "eSpace " + espace.getId() + " (" + espace.getOrganisationName() + ")");
        return true;
    }

    /** @return whether the eSpace was linked */
    public boolean unlink(Client client, long espaceId, String by, String why) {
        return client.unlink(espaceId).map(link -> {
            register.remove(link);
            audit.record(by, AuditAction.CLIENT_ESPACE_UNLINKED, "client", client.getId(), "eSpace " + espaceId + " · " + why);
            return true;
        }).orElse(false);
    }
}
