package lu.alarmis.account;

/**
 * A way to sign in strongly was added to an account (a certificate linked, an authenticator
 * enrolled); fired inside that transaction, so that the holder is told of it with it.
 *
 * @param description what was added, as the holder will recognise it (a certificate's holder and issuer)
 */
public record SignInMethodAdded(Account account, Method method, String description) {

    public enum Method {
        CERTIFICATE,
        AUTHENTICATOR
    }
}
