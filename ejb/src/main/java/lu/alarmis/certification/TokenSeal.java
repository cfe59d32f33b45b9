package lu.alarmis.certification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Seals a letter's copy of its token until the letter is posted (AES-256-GCM), so that the
 * database never holds a usable token: its key is a file of the server's, outside the database
 * (`${jboss.server.data.dir}/alarmis/letter-seal.key`, or the file named by the system property
 * {@code alarmis.letter-key.file}), made on first use, readable by the server's user only. A
 * database copy without that file reveals no token; a lost key file only means printing the
 * letters that wait again with new tokens.
 */
@ApplicationScoped
public class TokenSeal {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile SecretKey key;

    byte[] seal(String token) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing a token", e);
        }
    }

    /** The token, or empty if the key that sealed it is gone. */
    java.util.Optional<String> open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            return java.util.Optional.of(new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES),
                    StandardCharsets.US_ASCII));
        } catch (javax.crypto.AEADBadTagException otherKey) {
            return java.util.Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening a token", e);
        }
    }

    private SecretKey key() {
        SecretKey known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(readOrMake(keyFile()), "AES");
                }
                known = key;
            }
        }
        return known;
    }

    private static Path keyFile() {
        String named = System.getProperty("alarmis.letter-key.file");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "alarmis",
                "letter-seal.key");
    }

    private static byte[] readOrMake(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                try {
                    Files.createFile(file);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // the folder's own protection then
                    }
                    Files.write(file, fresh);
                } catch (FileAlreadyExistsException anotherThreadOrNode) {
                    // made meanwhile: read it below
                }
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length != 32) {
                throw new IllegalStateException(file + " is not a letter key (32 bytes)");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("the letter key " + file, e);
        }
    }
}
