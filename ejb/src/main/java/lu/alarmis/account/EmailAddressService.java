package lu.alarmis.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The page a mailed confirmation link opens. */
@Stateless
public class EmailAddressService {

    @Inject
    private AddressVerification verification;

    /** Anyone who has the link may open it: it was mailed to the address it confirms. */
    @PermitAll
    public AddressVerification.Outcome verify(String token) {
        return verification.verify(token);
    }
}
