package lu.alarmis.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;

import lu.alarmis.document.DocumentRefusedException.Reason;

/**
 * Decides whether an uploaded file may serve as a supporting document: a PDF, JPEG or PNG file,
 * recognised by its content (never by its name), that opens, runs no code and is not too large.
 * Keeps nothing and holds no mutable state, so one instance may serve concurrent calls.
 */
public final class DocumentInspector {

    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** Larger images would take gigabytes of memory to decode (decompression bombs). */
    public static final long MAX_IMAGE_PIXELS = 40_000_000L;
    static final int MAX_NAME_LENGTH = 200;

    private static final long BYTES_PER_MB = 1024 * 1024;
    private static final long PIXELS_PER_MEGAPIXEL = 1_000_000;
    private static final String RESERVED_NAME_CHARACTERS = "<>:\"|?*";
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    /** The accepted kinds of document; a constant's name is the word the person reads. */
    private enum Kind {
        PDF("application/pdf", ".pdf"),
        JPEG("image/jpeg", ".jpg", ".jpeg"),
        PNG("image/png", ".png");

        private final String mediaType;
        private final List<String> extensions;

        Kind(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = List.of(extensions);
        }

        /** Tika may add parameters, e.g. "application/x-msdownload; format=pe32"; they are ignored. */
        static Optional<Kind> of(String detected) {
            String baseType = MediaType.parse(detected).getBaseType().toString();
            return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(baseType)).findFirst();
        }

        boolean isNamedBy(String extension) {
            return extensions.contains(extension.toLowerCase(Locale.ROOT));
        }
    }

    /** Thread-safe; only ever given the bytes, so that a file's name cannot sway the detection. */
    private final Tika tika = new Tika();

    /**
     * @return the cleaned name, the media type detected from the content, the size and the SHA-256
     * @throws DocumentRefusedException with a precise message key and arguments; nothing is kept
     */
    public InspectedDocument inspect(String fileName, byte[] content) {
        String name = sanitise(fileName);
        if (name.isEmpty()) {
            throw new DocumentRefusedException(Reason.NAME, "no usable file name", name);
        }
        if (content == null || content.length == 0) {
            throw new DocumentRefusedException(Reason.EMPTY, "no content", name);
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new DocumentRefusedException(Reason.TOO_LARGE, content.length + " bytes", name,
                    MAX_FILE_BYTES / BYTES_PER_MB);
        }
        String detected = tika.detect(content);
        Kind kind = Kind.of(detected).orElseThrow(
                () -> new DocumentRefusedException(Reason.TYPE, "content detected as " + detected, name));
        String extension = extension(name);
        if (!kind.isNamedBy(extension)) {
            throw new DocumentRefusedException(Reason.NAME_MISMATCH,
                    "content detected as " + detected + ", name ends in '" + extension + "'",
                    name, kind.name(), extension);
        }
        switch (kind) {
            case PDF -> checkPdf(name, content);
            case JPEG, PNG -> checkImage(name, kind, content);
        }
        return new InspectedDocument(name, kind.mediaType, content.length, sha256Hex(content));
    }

    /** The last path segment, without control or reserved characters, at most 200 characters. */
    static String sanitise(String fileName) {
        if (fileName == null) {
            return "";
        }
        String segment = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(segment.length());
        segment.codePoints().filter(c -> !isRemovedFromNames(c)).forEach(kept::appendCodePoint);
        return shorten(kept.toString().strip());
    }

    /*
     * Besides control characters, invisible format characters go too: a right-to-left override
     * makes "invoice\u202Efdp.exe" display as "invoiceexe.pdf".
     */
    private static boolean isRemovedFromNames(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || RESERVED_NAME_CHARACTERS.indexOf(c) >= 0;
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        String extension = extension(name);
        if (extension.length() >= MAX_NAME_LENGTH) {
            extension = "";
        }
        int cut = MAX_NAME_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(cut - 1))) {
            cut--;
        }
        return name.substring(0, cut).strip() + extension;
    }

    /** From the last dot on, e.g. ".pdf"; empty when the name has no dot. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    private static void checkPdf(String name, byte[] content) {
        Optional<String> activeContent;
        try (PDDocument document = Loader.loadPDF(content)) {
            activeContent = activeContent(document);
        } catch (InvalidPasswordException e) {
            activeContent = Optional.of("PDF protected by a password");
        } catch (IOException | RuntimeException e) {
            // A hostile file may trip PDFBox in unexpected ways; whatever it cannot open is refused.
            throw new DocumentRefusedException(Reason.DAMAGED, "PDFBox cannot open it: " + e, name);
        }
        if (activeContent.isPresent()) {
            throw new DocumentRefusedException(Reason.ACTIVE, activeContent.get(), name);
        }
    }

    /*
     * Encrypted PDFs are refused even without a password to open them: their content cannot be
     * scanned, and their restrictions may keep staff from printing them.
     *
     * Only what runs by itself when the file is opened is looked for: the JavaScript name tree,
     * the OpenAction and the document-level additional actions, each followed along its /Next
     * chain. Scripts of fields and links need a click and are common in ordinary filled-in forms.
     * The COS dictionaries are read directly because PDFBox's typed action getters throw on
     * malformed or unknown actions, and the sender controls those.
     */
    private static Optional<String> activeContent(PDDocument document) {
        if (document.isEncrypted()) {
            return Optional.of("encrypted PDF");
        }
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null && names.containsKey(COSName.JAVA_SCRIPT)) {
            return Optional.of("PDF with document-level JavaScript (Names tree)");
        }
        if (runsCode(catalog.getDictionaryObject(COSName.OPEN_ACTION))) {
            return Optional.of("PDF whose OpenAction runs JavaScript or launches a program");
        }
        COSDictionary additionalActions = catalog.getCOSDictionary(COSName.AA);
        if (additionalActions != null && additionalActions.getValues().stream().anyMatch(DocumentInspector::runsCode)) {
            return Optional.of("PDF whose document actions run JavaScript or launch a program");
        }
        return Optional.empty();
    }

    /** Whether an action, or one it chains to, is JavaScript or Launch. Cycles are cut. */
    private static boolean runsCode(COSBase action) {
        Deque<COSBase> pending = new ArrayDeque<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (action != null) {
            pending.push(action);
        }
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSArray actions) {
                actions.forEach(element -> {
                    if (element != null) {
                        pending.push(element);
                    }
                });
            } else if (next instanceof COSDictionary dictionary) {
                COSName type = dictionary.getCOSName(COSName.S);
                if (COSName.JAVA_SCRIPT.equals(type) || LAUNCH.equals(type) || dictionary.containsKey(COSName.JS)) {
                    return true;
                }
                COSBase following = dictionary.getItem(COSName.NEXT);
                if (following != null) {
                    pending.push(following);
                }
            }
        }
        return false;
    }

    /** Reads the dimensions from the image's header; the pixels themselves are never decoded. */
    private static void checkImage(String name, Kind kind, byte[] content) {
        ImageReader reader = ImageIO.getImageReadersByMIMEType(kind.mediaType).next();
        long pixels;
        // An in-memory stream: ImageIO.createImageInputStream would cache to a temporary file.
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefusedException(Reason.DAMAGED, "ImageIO cannot read its header: " + e, name);
        } finally {
            reader.dispose();
        }
        if (pixels > MAX_IMAGE_PIXELS) {
            throw new DocumentRefusedException(Reason.IMAGE_TOO_LARGE, pixels + " pixels", name,
                    MAX_IMAGE_PIXELS / PIXELS_PER_MEGAPIXEL);
        }
    }

    private static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
