package lu.alarmis.it.support;

import java.net.URI;

/** Where the test server listens: WildFly's default ports shifted by the build's port offset. */
public final class TestServer {

    private static final int OFFSET = Integer.getInteger("alarmis.port.offset", 100);

    public static final int HTTP_PORT = 8080 + OFFSET;
    public static final int HTTPS_PORT = 8443 + OFFSET;
    public static final int MANAGEMENT_PORT = 9990 + OFFSET;

    private TestServer() {
    }

    /** An address of the application, e.g. {@code app("/index.xhtml")}: HTTPS, as it is only served. */
    public static URI app(String path) {
        return secureApp(path);
    }

    /** The plain-HTTP address, which only redirects to HTTPS. */
    public static URI plainApp(String path) {
        return URI.create("http://localhost:" + HTTP_PORT + "/alarmis" + path);
    }

    /** An address of the application over HTTPS, where certificates are asked for. */
    public static URI secureApp(String path) {
        return URI.create("https://localhost:" + HTTPS_PORT + "/alarmis" + path);
    }

    public static URI management(String path) {
        return URI.create("http://localhost:" + MANAGEMENT_PORT + path);
    }
}
