import java.io.File;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** For letters.sh: the PDF's page count, and how many pages hold a token. java -cp PDFBOX PdfPages.java FILE */
public class PdfPages {
    public static void main(String[] args) throws Exception {
        try (PDDocument document = Loader.loadPDF(new File(args[0]))) {
            String text = new PDFTextStripper().getText(document);
            long tokens = text.lines().filter(l -> l.strip().matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")).count();
            System.out.println(document.getNumberOfPages() + " " + tokens);
        }
    }
}
