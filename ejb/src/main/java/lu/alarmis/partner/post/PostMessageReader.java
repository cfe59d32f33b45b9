package lu.alarmis.partner.post;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the fields of a body that {@link PostSchema} has already validated. */
public final class PostMessageReader {

    private final Element root;

    public PostMessageReader(Element root) {
        this.root = root;
    }

    /** The text of a child element, or null when the (optional) element is absent. */
    public String text(String name) {
        NodeList found = root.getElementsByTagNameNS(PostSchema.NAMESPACE, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }

    public Instant instant(String name) {
        String value = text(name);
        return value == null ? null : OffsetDateTime.parse(value).toInstant();
    }
}
