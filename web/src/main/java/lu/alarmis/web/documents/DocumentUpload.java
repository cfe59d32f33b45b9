package lu.alarmis.web.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

import jakarta.servlet.http.Part;

import lu.alarmis.common.BusinessException;
import lu.alarmis.document.DocumentInspector;
import lu.alarmis.web.Messages;

/**
 * One uploaded file handed to the service that inspects and stores it (a request's, an intended
 * decision's answer), with the message the person reads either way.
 */
public final class DocumentUpload {

    private DocumentUpload() {
    }

    /**
     * @param attach the service call that inspects and stores the file (name, content)
     * @return whether the file was stored (the page then redirects: a reload must not send it again)
     */
    public static boolean send(Part upload, BiConsumer<String, byte[]> attach) {
        return send(upload, attach, "document.added");
    }

    /** @param doneKey the message when it was stored, given the file's name */
    public static boolean send(Part upload, BiConsumer<String, byte[]> attach, String doneKey) {
        if (upload == null || upload.getSize() == 0) {
            Messages.error("document.choose");
            return false;
        }
        try (InputStream in = upload.getInputStream()) {
            // One byte past the limit is enough to refuse an oversized file without reading it all.
            byte[] content = in.readNBytes((int) DocumentInspector.MAX_FILE_BYTES + 1);
            attach.accept(upload.getSubmittedFileName(), content);
            Messages.info(doneKey, upload.getSubmittedFileName());
            return true;
        } catch (BusinessException refused) {
            Messages.error(refused);
        } catch (IOException unreadable) {
            Messages.error("document.unreadable");
        }
        return false;
    }
}
