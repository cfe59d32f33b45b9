package lu.alarmis.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import lu.alarmis.account.AddressVerification;
import lu.alarmis.account.EmailAddressService;

/**
 * /verify-email.xhtml?token=…: the link mailed to confirm an e-mail address. Whoever opens it sees
 * only what became of the link (confirmed, already, expired, unknown), never whose address it is.
 */
@Named("verifyEmail")
@RequestScoped
public class VerifyEmailBacking {

    @EJB
    private EmailAddressService addresses;

    private String token;
    private AddressVerification.Outcome outcome = AddressVerification.Outcome.UNKNOWN;

    /** f:viewAction */
    public void verify() {
        outcome = addresses.verify(token);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public AddressVerification.Outcome getOutcome() {
        return outcome;
    }
}
