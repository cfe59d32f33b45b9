package lu.alarmis.account;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords with Elytron's bcrypt, in the modular crypt format that the server's
 * jdbc-realm verifies. The application never checks a password itself.
 */
public final class PasswordHasher {

    /** bcrypt cost: 2^12 rounds, about a quarter of a second on the servers. */
    static final int COST = 12;
    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return hash(password, COST);
    }

    static String hash(String password, int cost) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword hashed = (BCryptPassword) factory.generatePassword(new EncryptablePasswordSpec(
                    password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** For tests and tooling: whether {@code password} matches {@code modularCrypt}. */
    public static boolean matches(String password, String modularCrypt) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            var stored = factory.translate(ModularCrypt.decode(modularCrypt));
            return factory.verify(stored, password.toCharArray());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
