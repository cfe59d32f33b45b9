import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * For the letters' benchmark (letters.sh): COUNT tokens as the application issues them (16
 * characters without look-alikes, their SHA-256, their copy sealed with AES-256-GCM under the
 * server's letter key), as SQL rows of a temporary table {@code seeded(rn, token_hash, sealed)}.
 *
 *   java SealedTokens.java KEY_FILE COUNT OUT.sql
 */
public class SealedTokens {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static void main(String[] args) throws Exception {
        byte[] key = Files.readAllBytes(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        SecureRandom random = new SecureRandom();
        HexFormat hex = HexFormat.of();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            out.println("CREATE TEMP TABLE seeded (rn INTEGER, token_hash VARCHAR(64), sealed BYTEA);");
            for (int row = 1; row <= count; row++) {
                StringBuilder token = new StringBuilder();
                for (int i = 0; i < 16; i++) {
                    if (i > 0 && i % 4 == 0) {
                        token.append('-');
                    }
                    token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                String hash = hex.formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(token.toString().replace("-", "").getBytes(StandardCharsets.US_ASCII)));
                byte[] iv = new byte[12];
                random.nextBytes(iv);
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
                byte[] sealed = cipher.doFinal(token.toString().getBytes(StandardCharsets.US_ASCII));
                byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
                out.printf("INSERT INTO seeded VALUES (%d, '%s', decode('%s', 'hex'));%n", row, hash, hex.formatHex(stored));
            }
        }
    }
}
