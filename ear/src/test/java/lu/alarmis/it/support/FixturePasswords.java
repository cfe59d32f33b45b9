package lu.alarmis.it.support;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt at cost 4, the least it allows, for the accounts the tests put in place: the server's
 * realm verifies it like the application's cost 12 (the cost is part of the stored hash), in a
 * millisecond instead of a quarter of a second at every fixture and every sign-in. Accounts made
 * through the registration page or service keep the application's cost.
 */
public final class FixturePasswords {

    private static final int COST = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FixturePasswords() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            return ModularCrypt.encodeAsString(factory.generatePassword(new EncryptablePasswordSpec(
                    password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }
}
