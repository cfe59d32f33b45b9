package lu.alarmis.web.staff.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.alarmis.client.legacy.ImportProblem;
import lu.alarmis.client.legacy.LegacyImport;
import lu.alarmis.client.legacy.LegacyImports;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.web.LanguageBacking;
import lu.alarmis.web.Messages;
import lu.alarmis.web.format.Csv;

/**
 * /staff/admin/legacy-import-report?id=…: an import's report as a CSV file (UTF-8 with a byte
 * order mark, semicolons, as the legacy register's own file), in the admin's language: each
 * problem with its line, column, reason and value, then the connections the file lacks. Streamed
 * from the database, never whole in memory. Admins only (web.xml and the service).
 */
@WebServlet("/staff/admin/legacy-import-report")
public class LegacyImportReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private LegacyImports imports;

    @Inject
    private LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        LegacyImport record;
        try {
            id = Long.parseLong(request.getParameter("id"));
            record = imports.find(id);
        } catch (NumberFormatException | NullPointerException | NotFoundException notThere) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.localeOr(request.getLocale()));
        String name = "report-" + id + "-" + record.getFileName().replaceAll("[^A-Za-z0-9._-]", "_")
                .replaceAll("(?i)\\.(csv|gz|txt)$", "") + ".csv";
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        Csv.row(out, texts.getString("legacyImport.report.line"), texts.getString("legacyImport.report.column"),
                texts.getString("legacyImport.report.reason"), texts.getString("legacyImport.report.value"));
        try {
            imports.report(id, problem -> Csv.row(out, problem.getLineNumber() == null ? "" : problem.getLineNumber().toString(),
                    problem.getColumn(), texts.getString("legacyImport.reason." + problem.getReason().name()),
                    problem.getValue()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}
