package lu.alarmis.web.staff.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import lu.alarmis.client.legacy.LegacyColumn;
import lu.alarmis.client.legacy.LegacyImport;
import lu.alarmis.client.legacy.LegacyImportStatus;
import lu.alarmis.client.legacy.LegacyImports;
import lu.alarmis.common.BusinessException;
import lu.alarmis.web.Messages;
import lu.alarmis.web.Pages;

/**
 * /staff/admin/legacy-import.xhtml: an admin uploads a file of the legacy register, watches its
 * import move (the page asks every second while one runs), reads the outcome, downloads the
 * report, and resumes an import that the server's end interrupted.
 */
@Named("legacyImport")
@ViewScoped
public class LegacyImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/staff/admin/legacy-import.xhtml";

    @EJB
    private LegacyImports imports;

    private transient Part upload;
    private List<LegacyImport> history;

    @PostConstruct
    void load() {
        history = imports.history();
    }

    /** Called by the page's poll while an import runs. */
    public void refresh() {
        load();
    }

    public void start() {
        if (upload == null || upload.getSize() == 0) {
            Messages.fieldError("upload:file", "legacyImport.choose");
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            LegacyImport started = imports.upload(upload.getSubmittedFileName(), content);
            Messages.info("legacyImport.started", started.getFileName(), started.getLineCount());
            Pages.redirect(PAGE);
        } catch (BusinessException refused) {
            Messages.error(refused);
            load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            upload = null;
        }
    }

    public void resume(LegacyImport record) {
        Pages.act(() -> imports.resume(record.getId()), "legacyImport.resumed", PAGE, this::load);
    }

    /** The import the page shows first: the latest. */
    public LegacyImport getLatest() {
        return history.isEmpty() ? null : history.get(0);
    }

    public boolean isRunning() {
        return history.stream().anyMatch(i -> i.getStatus() == LegacyImportStatus.RUNNING);
    }

    /** The columns a file must have, as its header names them. */
    public String getRequiredColumns() {
        return columns(true);
    }

    /** The columns a file may have. */
    public String getOptionalColumns() {
        return columns(false);
    }

    private static String columns(boolean required) {
        return Arrays.stream(LegacyColumn.values()).filter(column -> column.isRequired() == required)
                .map(LegacyColumn::header).collect(Collectors.joining(", "));
    }

    public List<LegacyImport> getHistory() {
        return history;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
