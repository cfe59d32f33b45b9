package lu.alarmis.web.staff.certification;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.alarmis.certification.LetterService;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;

/**
 * /staff/certification/batch?id=…: a print batch's letters as one PDF, streamed as PDFBox writes
 * it. A posted batch is not printed again (its tokens' copies are erased): 410.
 */
@WebServlet("/staff/certification/batch")
public class LetterBatchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private LetterService letters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"alarmis-letters-" + id + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            letters.render(id, response.getOutputStream());
        } catch (NotFoundException unknown) {
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (BusinessException posted) {
            response.reset();
            response.sendError(HttpServletResponse.SC_GONE);
        }
    }
}
