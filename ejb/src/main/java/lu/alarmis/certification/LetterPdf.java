package lu.alarmis.certification;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import lu.alarmis.common.Luxembourg;

/**
 * The certification letters of a batch as one PDF (Apache PDFBox), one A4 page each, laid out for
 * a left window envelope (DIN 5008): the Police grand-ducale's letterhead, the register's postal
 * address in the window, the date, the reference, the token and what to do with it, in the
 * client's correspondence language (texts in {@code lu/alarmis/certification/letter*.properties}).
 * PDFBox keeps its scratch in a temporary file, so that a batch of a thousand letters does not
 * grow the heap with its size.
 */
@ApplicationScoped
public class LetterPdf {

    private static final float MM = 72f / 25.4f;
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = 20 * MM;
    private static final float TEXT_WIDTH = 170 * MM;
    private static final String BUNDLE = "lu.alarmis.certification.letter";

    @Inject
    private TokenSeal seal;

    void write(Stream<Letter> letters, OutputStream out) throws IOException {
        try (Stream<Letter> all = letters;
             PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Fonts fonts = new Fonts();
            all.forEach(letter -> {
                try {
                    page(document, fonts, letter);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            document.save(out);
        }
    }

    private void page(PDDocument document, Fonts fonts, Letter letter) throws IOException {
        Locale locale = letter.getLanguage().locale();
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        CertificationRequest request = letter.getRequest();
        CertificationToken token = letter.getToken();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream c = new PDPageContentStream(document, page)) {
            Writer w = new Writer(c);
            // letterhead
            w.line(fonts.bold, 14, LEFT, fromTop(18), text.getString("letter.head.police"));
            w.line(fonts.regular, 9, LEFT, fromTop(24), text.getString("letter.head.unit"));
            w.line(fonts.regular, 9, LEFT, fromTop(28.5f), text.getString("letter.head.address"));
            // the window: return address, then the register's postal address
            w.line(fonts.regular, 7, LEFT, fromTop(47), text.getString("letter.returnAddress"));
            w.line(fonts.bold, 11, LEFT, fromTop(55), letter.getRecipient());
            w.line(fonts.regular, 11, LEFT, fromTop(60.5f), letter.getAddress().getHouseNumber() + ", "
                    + letter.getAddress().getStreet());
            w.line(fonts.regular, 11, LEFT, fromTop(66), letter.getAddress().getPostcode() + " "
                    + letter.getAddress().getLocality());
            w.line(fonts.regular, 10, 125 * MM, fromTop(55), format(text, "letter.place",
                    dates.format(LocalDate.now(Luxembourg.ZONE))));
            // reference, subject, body
            float y = fromTop(100);
            y = w.paragraph(fonts.regular, 10, y, format(text, "letter.reference", request.getReference(),
                    request.getClientNumber()));
            y = w.paragraph(fonts.bold, 11, y - 4, text.getString("letter.subject"));
            y = w.paragraph(fonts.regular, 10.5f, y - 6, text.getString("letter.greeting"));
            y = w.paragraph(fonts.regular, 10.5f, y - 4, format(text, "letter.body", request.getEspace().getOrganisationName(),
                    dates.format(request.getCreatedAt().atZone(Luxembourg.ZONE))));
            y = w.paragraph(fonts.regular, 10.5f, y - 4, text.getString("letter.tokenIntro"));
            String plain = token.sealed() == null ? null : seal.open(token.sealed()).orElse(null);
            if (plain != null) {
                y = w.centred(fonts.token, 22, y - 14, plain);
            } else {
                y = w.paragraph(fonts.bold, 11, y - 14, text.getString("letter.tokenUnavailable"));
            }
            Instant latest = token.getIssuedAt().plus(CertificationToken.VALID_AFTER_ISSUE);
            y = w.paragraph(fonts.regular, 10.5f, y - 14, format(text, "letter.validity",
                    dates.format(latest.atZone(Luxembourg.ZONE))));
            y = w.paragraph(fonts.regular, 10.5f, y - 4, text.getString("letter.steps"));
            y = w.paragraph(fonts.regular, 10.5f, y - 4, text.getString("letter.notYou"));
            y = w.paragraph(fonts.regular, 10.5f, y - 8, text.getString("letter.closing"));
            w.paragraph(fonts.regular, 10.5f, y - 4, text.getString("letter.signature"));
            w.line(fonts.regular, 7, LEFT, 12 * MM, format(text, "letter.footer", request.getReference(), letter.getId()));
        }
    }

    private static float fromTop(float millimetres) {
        return PAGE_HEIGHT - millimetres * MM;
    }

    private static String format(ResourceBundle text, String key, Object... arguments) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(arguments);
    }

    /** The standard fonts, once per document (WinAnsi: French and German letters, quotes, the euro). */
    private static final class Fonts {
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final PDType1Font token = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
    }

    /** Lines and wrapped paragraphs on one page; what the fonts cannot encode becomes '?'. */
    private static final class Writer {

        private static final Charset WIN_ANSI = Charset.forName("windows-1252");

        private final PDPageContentStream content;
        private final CharsetEncoder encoder = WIN_ANSI.newEncoder();

        Writer(PDPageContentStream content) {
            this.content = content;
        }

        void line(PDType1Font font, float size, float x, float y, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(encodable(text));
            content.endText();
        }

        /** @return the baseline below the paragraph */
        float paragraph(PDType1Font font, float size, float top, String text) throws IOException {
            float leading = size * 1.35f;
            float y = top - size;
            for (String block : text.split("\n")) {
                for (String line : wrap(font, size, encodable(block))) {
                    line(font, size, LEFT, y, line);
                    y -= leading;
                }
            }
            return y + leading - size * 0.35f;
        }

        float centred(PDType1Font font, float size, float top, String text) throws IOException {
            float width = font.getStringWidth(text) / 1000 * size;
            line(font, size, LEFT + (TEXT_WIDTH - width) / 2, top - size, text);
            return top - size * 1.35f;
        }

        private List<String> wrap(PDType1Font font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > TEXT_WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tried);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private String encodable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                out.append(cp >= 32 && encoder.canEncode(ch) ? ch : "?");
            });
            return out.toString();
        }
    }
}
