package lu.alarmis.partner.post;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the bodies of the POST contract (schema version 1). Element order and names follow
 * post-messages-1.xsd; texts are escaped by the StAX writer, never concatenated by hand.
 */
public final class PostMessageWriter {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final StringWriter text = new StringWriter();

    private PostMessageWriter(PostMessageType type) {
        try {
            xml = OUTPUT.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", type.rootElement(), PostSchema.NAMESPACE);
            xml.writeDefaultNamespace(PostSchema.NAMESPACE);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PostMessageWriter start(PostMessageType type) {
        return new PostMessageWriter(type);
    }

    /** An element with text; nothing is written for null (the schema's optional elements). */
    public PostMessageWriter element(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            xml.writeStartElement(PostSchema.NAMESPACE, name);
            xml.writeCharacters(value instanceof Instant instant ? instant.truncatedTo(ChronoUnit.MILLIS).toString()
                    : xmlText(value.toString()));
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text without the characters XML 1.0 cannot carry (control characters a person may paste
     * into a reason): escaping cannot save them, and a message must never fail for them.
     */
    static String xmlText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    public PostMessageWriter open(String name) {
        try {
            xml.writeStartElement(PostSchema.NAMESPACE, name);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public PostMessageWriter close() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public String finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
