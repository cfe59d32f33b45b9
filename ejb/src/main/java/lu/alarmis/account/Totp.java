package lu.alarmis.account;

import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 one-time codes (SHA-1, 6 digits, 30 s), as LuxTrust tokens and authenticator apps
 * produce them. Secrets travel as Base32, the format authenticator apps import.
 */
public final class Totp {

    private static final Duration STEP = Duration.ofSeconds(30);
    /** Codes of the previous and the next step are accepted too (clock drift of the token). */
    private static final int TOLERATED_STEPS = 1;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret of 160 bits, Base32-encoded. */
    public static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return base32(key);
    }

    public static String codeAt(String base32Secret, Instant instant) {
        try {
            TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP);
            return generator.generateOneTimePasswordString(key(base32Secret), instant);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("invalid one-time code secret", e);
        }
    }

    /** The time step whose code {@code code} is, among the ones accepted at {@code now}. */
    public static java.util.OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        if (base32Secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return java.util.OptionalLong.empty();
        }
        byte[] candidate = code.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (int offset = -TOLERATED_STEPS; offset <= TOLERATED_STEPS; offset++) {
            Instant instant = now.plus(STEP.multipliedBy(offset));
            byte[] expected = codeAt(base32Secret, instant).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (java.security.MessageDigest.isEqual(expected, candidate)) {
                return java.util.OptionalLong.of(current + offset);
            }
        }
        return java.util.OptionalLong.empty();
    }

    /** The otpauth:// address that authenticator apps read from a QR code. */
    public static String provisioningUri(String base32Secret, String accountEmail) {
        String label = java.net.URLEncoder.encode("ALARMIS Connect:" + accountEmail, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=ALARMIS%20Connect&digits=6&period=30";
    }

    private static SecretKeySpec key(String base32Secret) {
        return new SecretKeySpec(unbase32(base32Secret), "HmacSHA1");
    }

    static String base32(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] unbase32(String text) {
        String clean = text.replace("=", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        byte[] out = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
