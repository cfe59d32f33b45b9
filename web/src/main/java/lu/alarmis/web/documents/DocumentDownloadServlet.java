package lu.alarmis.web.documents;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.alarmis.common.NotFoundException;
import lu.alarmis.compliance.MyObligations;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.document.DocumentDownload;
import lu.alarmis.request.RequestDocumentService;

/**
 * /documents/download?id=…: a request document; /documents/answer?id=…: a document given with the
 * answer to an intended decision; /documents/servicing?id=…: a servicing certificate. Always as an
 * attachment and never rendered by the browser (uploads come from outside; a PDF or image must not
 * run in our origin).
 */
@WebServlet({DocumentDownloadServlet.REQUEST_DOCUMENT, DocumentDownloadServlet.ANSWER_DOCUMENT,
        DocumentDownloadServlet.SERVICING_CERTIFICATE})
public class DocumentDownloadServlet extends HttpServlet {

    static final String REQUEST_DOCUMENT = "/documents/download";
    static final String ANSWER_DOCUMENT = "/documents/answer";
    static final String SERVICING_CERTIFICATE = "/documents/servicing";

    private static final long serialVersionUID = 1L;

    @EJB
    private RequestDocumentService requestDocuments;

    @EJB
    private IntendedDecisionService decisions;

    @EJB
    private MyObligations obligations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentDownload download;
        try {
            download = switch (request.getServletPath()) {
                case ANSWER_DOCUMENT -> decisions.download(id);
                case SERVICING_CERTIFICATE -> obligations.download(id);
                default -> requestDocuments.download(id);
            };
        } catch (NotFoundException notVisible) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String encoded = URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType("application/octet-stream");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiFallback(download.fileName())
                + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(download.content().length);
        response.getOutputStream().write(download.content());
    }

    private static String asciiFallback(String name) {
        return name.replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
