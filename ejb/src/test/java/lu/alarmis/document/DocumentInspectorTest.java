package lu.alarmis.document;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentInspectorTest {

    private final DocumentInspector inspector = new DocumentInspector();

    // --- accepted -------------------------------------------------------------------------------

    @Test
    void aPdfIsAcceptedWithItsTypeSizeAndFingerprint() throws IOException {
        byte[] pdf = pdf();

        assertThat(inspector.inspect("alarm-contract.pdf", pdf))
                .isEqualTo(new InspectedDocument("alarm-contract.pdf", "application/pdf", pdf.length, sha256(pdf)));
    }

    @Test
    void aPngIsAcceptedWithItsTypeSizeAndFingerprint() throws IOException {
        byte[] png = image("png");

        assertThat(inspector.inspect("floor-plan.png", png))
                .isEqualTo(new InspectedDocument("floor-plan.png", "image/png", png.length, sha256(png)));
    }

    @Test
    void aJpegIsAcceptedWhateverTheCaseOfItsExtension() throws IOException {
        byte[] jpeg = image("jpg");

        assertThat(inspector.inspect("Keypad.JPEG", jpeg))
                .isEqualTo(new InspectedDocument("Keypad.JPEG", "image/jpeg", jpeg.length, sha256(jpeg)));
        assertThat(inspector.inspect("keypad.jpg", jpeg).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void aPdfThatOpensOnItsFirstPageIsAccepted() throws IOException {
        byte[] pdf = pdf(document -> document.getDocumentCatalog().setOpenAction(goToFirstPage(document)));

        assertThat(inspector.inspect("contract.pdf", pdf).mediaType()).isEqualTo("application/pdf");
    }

    // --- the name -------------------------------------------------------------------------------

    static Stream<Arguments> uploadedAndCleanedNames() {
        return Stream.of(
                Arguments.of("C:\\Users\\x\\..\\evil<>.pdf", "evil.pdf"),
                Arguments.of("../../etc/contract.pdf", "contract.pdf"),
                Arguments.of("  bill\u0000\u001b\u007f.pdf\t", "bill.pdf"),
                Arguments.of("a:b|c?d*e\"f.pdf", "abcdef.pdf"),
                Arguments.of("invoice\u202Efdp.pdf", "invoicefdp.pdf"),
                Arguments.of("x".repeat(300) + ".pdf", "x".repeat(196) + ".pdf"));
    }

    @ParameterizedTest
    @MethodSource("uploadedAndCleanedNames")
    void theNameIsCleanedOfPathsReservedCharactersAndExcessLength(String uploaded, String cleaned) throws IOException {
        assertThat(inspector.inspect(uploaded, pdf()).fileName()).isEqualTo(cleaned);
    }

    @Test
    void aFileWithoutNameIsRefused() throws IOException {
        assertRefused(null, pdf(), "document.refused.name", "");
    }

    @Test
    void aNameThatIsNothingOnceCleanedIsRefused() throws IOException {
        assertRefused("<>?*", pdf(), "document.refused.name", "");
        assertRefused("C:\\Users\\x\\", pdf(), "document.refused.name", "");
        assertRefused(" \u0000 ", pdf(), "document.refused.name", "");
    }

    // --- size -----------------------------------------------------------------------------------

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("scan.pdf", new byte[0], "document.refused.empty", "scan.pdf");
        assertRefused("scan.pdf", null, "document.refused.empty", "scan.pdf");
    }

    @Test
    void aFileOneByteOverFiveMegabytesIsRefused() {
        byte[] content = new byte[(int) DocumentInspector.MAX_FILE_BYTES + 1];

        assertRefused("scan.pdf", content, "document.refused.tooLarge", "scan.pdf", 5L);
    }

    // --- what the content really is ---------------------------------------------------------------

    @Test
    void aWindowsExecutableNamedLikeAPdfIsRefused() {
        assertRefused("invoice.pdf", windowsExecutable(), "document.refused.type", "invoice.pdf");
    }

    @Test
    void aLinuxExecutableNamedLikeAPdfIsRefused() {
        assertRefused("invoice.pdf", linuxExecutable(), "document.refused.type", "invoice.pdf");
    }

    @Test
    void aZipArchiveIsRefused() throws IOException {
        assertRefused("documents.zip", zip(), "document.refused.type", "documents.zip");
    }

    @Test
    void anHtmlPageNamedLikeAPdfIsRefused() {
        byte[] html = "<!DOCTYPE html>\n<html><head><title>Invoice</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(US_ASCII);

        assertRefused("invoice.pdf", html, "document.refused.type", "invoice.pdf");
    }

    @Test
    void aTextFileNamedLikeAPdfIsRefused() {
        byte[] text = "Invoice 2026-0042\nAmount due: 120.00 EUR\n".getBytes(US_ASCII);

        assertRefused("invoice.pdf", text, "document.refused.type", "invoice.pdf");
    }

    @Test
    void aPngNamedLikeAPdfIsRefusedAndTheRightKindNamed() throws IOException {
        assertRefused("scan.pdf", image("png"), "document.refused.nameMismatch", "scan.pdf", "PNG", ".pdf");
    }

    @Test
    void aPdfNamedLikeAJpegIsRefusedAndTheRightKindNamed() throws IOException {
        assertRefused("photo.jpg", pdf(), "document.refused.nameMismatch", "photo.jpg", "PDF", ".jpg");
    }

    @Test
    void aJpegNamedLikeAPngIsRefusedAndTheRightKindNamed() throws IOException {
        assertRefused("photo.png", image("jpg"), "document.refused.nameMismatch", "photo.png", "JPEG", ".png");
    }

    @Test
    void aPdfWithoutExtensionIsRefusedAndTheRightKindNamed() throws IOException {
        assertRefused("contract", pdf(), "document.refused.nameMismatch", "contract", "PDF", "");
    }

    // --- damaged files --------------------------------------------------------------------------

    @Test
    void aBrokenPdfIsRefusedAsDamaged() {
        byte[] broken = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n\u0000\u00ff garbage".getBytes(US_ASCII);

        assertRefused("contract.pdf", broken, "document.refused.damaged", "contract.pdf");
    }

    @Test
    void aPdfCutOffBeforeItsPagesIsRefusedAsDamaged() throws IOException {
        byte[] pdf = pdf();
        String text = new String(pdf, ISO_8859_1);
        byte[] catalogOnly = Arrays.copyOf(pdf, text.indexOf("endobj") + "endobj".length());

        assertRefused("contract.pdf", catalogOnly, "document.refused.damaged", "contract.pdf");
    }

    @Test
    void aPngWhoseHeaderIsGarbageIsRefusedAsDamaged() {
        byte[] png = Arrays.copyOf(PNG_SIGNATURE, 40);
        Arrays.fill(png, PNG_SIGNATURE.length, png.length, (byte) 0xA5);

        assertRefused("plan.png", png, "document.refused.damaged", "plan.png");
    }

    @Test
    void aJpegWhoseHeaderIsGarbageIsRefusedAsDamaged() {
        byte[] jpeg = new byte[64];
        Arrays.fill(jpeg, (byte) 0x11);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        jpeg[3] = (byte) 0xE0;

        assertRefused("keypad.jpg", jpeg, "document.refused.damaged", "keypad.jpg");
    }

    // --- active content -------------------------------------------------------------------------

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        byte[] pdf = pdf(document -> document.protect(protection("user secret")));

        assertRefused("contract.pdf", pdf, "document.refused.active", "contract.pdf");
    }

    @Test
    void anEncryptedPdfIsRefusedEvenWhenItOpensWithoutPassword() throws IOException {
        byte[] pdf = pdf(document -> document.protect(protection("")));

        assertRefused("contract.pdf", pdf, "document.refused.active", "contract.pdf");
    }

    @Test
    void aPdfThatRunsJavaScriptWhenOpenedIsRefused() throws IOException {
        byte[] pdf = pdf(document -> document.getDocumentCatalog().setOpenAction(javaScript()));

        assertRefused("contract.pdf", pdf, "document.refused.active", "contract.pdf");
    }

    @Test
    void aPdfWhoseOpeningChainsToJavaScriptIsRefused() throws IOException {
        byte[] pdf = pdf(document -> {
            PDActionGoTo goTo = goToFirstPage(document);
            goTo.setNext(List.of(javaScript()));
            document.getDocumentCatalog().setOpenAction(goTo);
        });

        assertRefused("contract.pdf", pdf, "document.refused.active", "contract.pdf");
    }

    @Test
    void aPdfWithDocumentLevelJavaScriptIsRefused() throws IOException {
        byte[] pdf = pdf(document -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", javaScript()));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });

        assertRefused("contract.pdf", pdf, "document.refused.active", "contract.pdf");
    }

    @Test
    void aPdfThatLaunchesAProgramWhenClosedIsRefused() throws IOException {
        byte[] pdf = pdf(document -> {
            PDSimpleFileSpecification program = new PDSimpleFileSpecification();
            program.setFile("calc.exe");
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(program);
            document.getDocumentCatalog().getActions().setWC(launch);
        });

        assertRefused("contract.pdf", pdf, "document.refused.active", "contract.pdf");
    }

    // --- decompression bombs --------------------------------------------------------------------

    @Test
    void aPngDeclaringTenBillionPixelsIsRefusedWithoutDecodingIt() throws IOException {
        assertRefused("plan.png", pngHeader(100_000, 100_000), "document.refused.imageTooLarge", "plan.png", 40L);
    }

    @Test
    void aPngJustOverFortyMillionPixelsIsRefused() throws IOException {
        assertRefused("plan.png", pngHeader(8_001, 5_000), "document.refused.imageTooLarge", "plan.png", 40L);
    }

    // --- helpers --------------------------------------------------------------------------------

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private void assertRefused(String fileName, byte[] content, String messageKey, Object... arguments) {
        assertThatExceptionOfType(DocumentRefusedException.class)
                .isThrownBy(() -> inspector.inspect(fileName, content))
                .satisfies(refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo(messageKey);
                    assertThat(refusal.arguments()).containsExactly(arguments);
                });
    }

    private interface PdfChange {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] pdf() throws IOException {
        return pdf(document -> { });
    }

    /** A one-page PDF, changed as the test needs before it is saved. */
    private static byte[] pdf(PdfChange change) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.apply(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDActionJavaScript javaScript() {
        return new PDActionJavaScript("app.alert('Your alarm is connected');");
    }

    private static PDActionGoTo goToFirstPage(PDDocument document) {
        PDPageFitDestination firstPage = new PDPageFitDestination();
        firstPage.setPage(document.getPage(0));
        PDActionGoTo goTo = new PDActionGoTo();
        goTo.setDestination(firstPage);
        return goTo;
    }

    private static StandardProtectionPolicy protection(String userPassword) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(256);
        return policy;
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(5, 5, 20, 10);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A PNG whose header declares the given size; it carries no pixel data at all. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(PNG_SIGNATURE);
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0) // 8-bit RGB
                .array();
        pngChunk(out, "IHDR", header);
        pngChunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void pngChunk(DataOutputStream out, String type, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(US_ASCII));
        crc.update(data);
        out.writeInt(data.length);
        out.write(type.getBytes(US_ASCII));
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    /** The start of a PE file: the MZ stub pointing to a PE header for i386. */
    private static byte[] windowsExecutable() {
        ByteBuffer exe = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        exe.put(0, "MZ".getBytes(US_ASCII));
        exe.putInt(0x3C, 0x80);
        exe.put(0x4E, "This program cannot be run in DOS mode.".getBytes(US_ASCII));
        exe.put(0x80, "PE\0\0".getBytes(US_ASCII));
        exe.putShort(0x84, (short) 0x014C);
        return exe.array();
    }

    /** The ELF header of a 64-bit x86 executable. */
    private static byte[] linuxExecutable() {
        ByteBuffer elf = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        elf.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        elf.putShort(16, (short) 2);
        elf.putShort(18, (short) 0x3E);
        elf.putInt(20, 1);
        return elf.array();
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("contract.pdf"));
            zip.write(pdf());
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
