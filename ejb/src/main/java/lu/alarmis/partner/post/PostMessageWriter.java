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
                    : value.toString());
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
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
