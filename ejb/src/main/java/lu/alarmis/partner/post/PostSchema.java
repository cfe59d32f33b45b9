package lu.alarmis.partner.post;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The published schema of the POST contract, version 1, and the only way a body from POST is
 * read: bounded in size, parsed without DTDs or external entities, validated against the schema
 * as it is parsed, and its root element checked against the messageType property. Thread-safe:
 * parsers are not, and cost more to create than to use, so each is used by one thread at a time and
 * kept for the next message (at most as many as messages were read at once).
 */
public final class PostSchema {

    public static final String NAMESPACE = "urn:lu:alarmis:post:1";
    /** The schemaVersion property of messages of this schema. */
    public static final String VERSION = "1.0";
    /** Bodies are small; anything larger is refused before it is parsed. */
    public static final int MAX_BODY_CHARS = 16_384;
    static final String RESOURCE = "post-messages-1.xsd";

    private final DocumentBuilderFactory parsers;
    private final Queue<DocumentBuilder> idleParsers = new ConcurrentLinkedQueue<>();

    public PostSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL xsd = PostSchema.class.getResource(RESOURCE);
            Schema schema = factory.newSchema(xsd);
            this.parsers = DocumentBuilderFactory.newInstance();
            parsers.setNamespaceAware(true);
            // Validated in the same pass as it is parsed: a second pass over the tree cost as much as the parsing.
            parsers.setSchema(schema);
            parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DTD at all: no entity expansion, no external entities, no billion laughs.
            parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            parsers.setFeature("http://xml.org/sax/features/external-general-entities", false);
            parsers.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            parsers.setXIncludeAware(false);
            parsers.setExpandEntityReferences(false);
            parsers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parsers.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("the POST schema " + RESOURCE + " cannot be loaded", e);
        }
    }

    /**
     * Reads a body of the given type.
     *
     * @throws PostMessageRefusedException with the contract's error code when it is not acceptable
     */
    public Element read(PostMessageType type, String body) {
        if (body == null || body.isBlank()) {
            throw new PostMessageRefusedException(PostErrorCode.SCHEMA_INVALID, "the body is empty");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new PostMessageRefusedException(PostErrorCode.TOO_LARGE,
                    "the body has " + body.length() + " characters; at most " + MAX_BODY_CHARS + " are accepted");
        }
        Element root = parse(body).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !type.rootElement().equals(root.getLocalName())) {
            throw new PostMessageRefusedException(PostErrorCode.TYPE_MISMATCH, "messageType " + type
                    + " needs the root element {" + NAMESPACE + "}" + type.rootElement() + ", not {"
                    + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        return root;
    }

    /** Checks a body we wrote ourselves (tests, and before anything leaves for POST). */
    public void check(PostMessageType type, String body) {
        read(type, body);
    }

    private Document parse(String body) {
        DocumentBuilder builder = idleParsers.poll();
        Violations violations = new Violations();
        Document document;
        try {
            if (builder == null) {
                builder = parsers.newDocumentBuilder();
            }
            builder.setErrorHandler(violations);
            document = builder.parse(new InputSource(new StringReader(body)));
        } catch (SAXParseException e) {
            throw new PostMessageRefusedException(PostErrorCode.NOT_WELL_FORMED, position(e) + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new PostMessageRefusedException(PostErrorCode.NOT_WELL_FORMED, String.valueOf(e.getMessage()));
        } finally {
            if (builder != null) {
                builder.reset();
                idleParsers.offer(builder);
            }
        }
        if (violations.first != null) {
            throw new PostMessageRefusedException(PostErrorCode.SCHEMA_INVALID,
                    position(violations.first) + violations.first.getMessage());
        }
        return document;
    }

    /**
     * What the schema's validator reports while the body is parsed. A violation of the schema is a
     * recoverable error: the first is kept and parsing goes on, so that a body that is also not
     * well-formed further on is refused as such (fatal, thrown); otherwise it is refused for the first
     * violation. One per parse.
     */
    private static final class Violations implements ErrorHandler {

        private SAXParseException first;

        @Override
        public void warning(SAXParseException e) {
            // nothing a warning says makes a body unacceptable
        }

        @Override
        public void error(SAXParseException e) {
            if (first == null) {
                first = e;
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private static String position(SAXParseException e) {
        return e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " : "";
    }
}
