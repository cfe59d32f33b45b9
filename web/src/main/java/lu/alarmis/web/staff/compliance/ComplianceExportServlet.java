package lu.alarmis.web.staff.compliance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.alarmis.compliance.ComplianceDesk;
import lu.alarmis.compliance.ComplianceFilter;
import lu.alarmis.compliance.ComplianceState;
import lu.alarmis.compliance.ConnectionCompliance;
import lu.alarmis.web.LanguageBacking;
import lu.alarmis.web.Messages;
import lu.alarmis.web.format.Csv;

/**
 * /staff/compliance/export?state=…&amp;locality=…&amp;client=…: the dashboard's list as a CSV file
 * (UTF-8 with a byte order mark, semicolons), in the reader's language, read from the database a
 * page at a time. An unknown standing is a 400 that names the known ones.
 */
@WebServlet("/staff/compliance/export")
public class ComplianceExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 1000;

    @EJB
    private ComplianceDesk desk;

    @Inject
    private LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ComplianceState state = Arrays.stream(ComplianceState.values())
                .filter(s -> s != ComplianceState.ENDED && s.name().equalsIgnoreCase(String.valueOf(request.getParameter("state"))))
                .findFirst().orElse(null);
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.localeOr(request.getLocale()));
        if (state == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, texts.getString("compliance.export.unknownState")
                    + " " + ComplianceState.COUNTED);
            return;
        }
        ComplianceFilter filter = new ComplianceFilter(state, request.getParameter("locality"), request.getParameter("client"));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"compliance-" + state.name().toLowerCase()
                + "-" + LocalDate.now() + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        Csv.row(out, texts.getString("register.clientNumber"), texts.getString("register.client"),
                texts.getString("myConnections.site"), texts.getString("register.locality"),
                texts.getString("compliance.standing"), texts.getString("compliance.servicingDue"),
                texts.getString("compliance.testDue"), texts.getString("compliance.remediation.due"),
                texts.getString("compliance.copy.dueOn"));
        String standing = texts.getString("compliance.state." + state.name());
        for (int first = 0; first < ComplianceDesk.EXPORT_MAX; first += PAGE) {
            List<ConnectionCompliance> page = desk.list(filter, first, PAGE);
            for (ConnectionCompliance c : page) {
                Csv.row(out, c.getConnection().getClientNumber(), c.getConnection().getClient().getName(),
                        String.valueOf(c.getConnection().getSite()), c.getConnection().getSite().getLocality(), standing,
                        iso(c.getServicingDueOn()), iso(c.getTestDueOn()), iso(c.getRemediationDueOn()),
                        iso(c.getCopyDueOn()));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        out.flush();
    }

    private static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
