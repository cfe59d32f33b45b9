package lu.alarmis.client.legacy;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import lu.alarmis.common.BusinessException;

/**
 * Where the uploaded files of the legacy register are kept while and after they are imported: in
 * the server's data directory ({@code alarmis/legacy-register}, or the directory the system
 * property {@value #DIRECTORY_PROPERTY} names), one file per import, as plain UTF-8 text (a file
 * sent compressed with gzip is kept uncompressed), never held in memory. An import that a crash
 * interrupted reads it again on resumption; its SHA-256 checks that it is the same file.
 */
@ApplicationScoped
public class LegacyImportFiles {

    public static final String DIRECTORY_PROPERTY = "alarmis.legacy-import.dir";

    /** The largest file taken, uncompressed: some 2.5 million lines of the legacy register. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    /** A file taken in, not yet an import's. */
    public record Received(Path path, String sha256, long bytes) {
    }

    /** Copies the upload to a file of its own (uncompressing gzip), counting its bytes and hashing them. */
    public Received receive(InputStream upload) {
        Path temporary = null;
        try {
            Files.createDirectories(directory());
            temporary = Files.createTempFile(directory(), "upload-", ".csv");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long bytes;
            try (InputStream content = uncompressed(new BufferedInputStream(upload));
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                bytes = copyAtMost(content, out);
            }
            return new Received(temporary, HexFormat.of().formatHex(sha256.digest()), bytes);
        } catch (IOException e) {
            delete(temporary);
            throw new BusinessException("legacyImport.unreadable", "upload not stored: " + e);
        } catch (BusinessException e) {
            delete(temporary);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a received file to its import. */
    void keep(Received received, long importId) {
        try {
            Files.move(received.path(), path(importId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The import's file, as text. */
    BufferedReader open(long importId) {
        return open(path(importId));
    }

    /** A received file, as text, to check it before it becomes an import's. */
    BufferedReader open(Received received) {
        return open(received.path());
    }

    private static BufferedReader open(Path file) {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the import's file as it is now. */
    String sha256(long importId) {
        try (InputStream in = Files.newInputStream(path(importId))) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // an upload that could not be kept: the next server start-up's temporary files are not ours to track
            }
        }
    }

    private Path path(long importId) {
        return directory().resolve("import-" + importId + ".csv");
    }

    private static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "alarmis",
                        "legacy-register");
    }

    /** The content, uncompressed if it starts as gzip does (1f 8b). */
    private static InputStream uncompressed(BufferedInputStream content) throws IOException {
        content.mark(2);
        int first = content.read();
        int second = content.read();
        content.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(content, 64 * 1024) : content;
    }

    private static long copyAtMost(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > MAX_BYTES) {
                throw new BusinessException("legacyImport.tooLarge", "more than " + MAX_BYTES + " bytes", MAX_BYTES / (1024 * 1024));
            }
            out.write(buffer, 0, read);
        }
        return total;
    }
}
