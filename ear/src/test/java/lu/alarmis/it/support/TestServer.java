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

    /** The CLI waits this long for the reloaded server (a loaded CI machine is slow to redeploy). */
    private static final java.time.Duration RELOAD_TIMEOUT = java.time.Duration.ofSeconds(180);

    /**
     * A real reload of the server (the broker, the application and its persistence unit start
     * again), from outside it with the CLI, until {@code page} of the application answers 200.
     */
    public static void reload(String page) throws Exception {
        java.nio.file.Path jbossHome = java.nio.file.Path.of(System.getProperty("jboss.home"));
        Process cli = new ProcessBuilder(jbossHome.resolve("bin/jboss-cli.sh").toString(),
                "--connect", "--controller=localhost:" + MANAGEMENT_PORT,
                "--timeout=" + RELOAD_TIMEOUT.toMillis(), "--command=reload")
                .redirectErrorStream(true)
                .redirectOutput(new java.io.File(System.getProperty("java.io.tmpdir"), "test-server-reload.log"))
                .start();
        org.assertj.core.api.Assertions.assertThat(cli.waitFor(RELOAD_TIMEOUT.toSeconds() + 30,
                java.util.concurrent.TimeUnit.SECONDS)).as("reload finished").isTrue();
        org.assertj.core.api.Assertions.assertThat(cli.exitValue()).as("reload exit code").isZero();
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(120);
        while (!answers(page)) {
            org.assertj.core.api.Assertions.assertThat(java.time.Instant.now()).as("application up again")
                    .isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static boolean answers(String page) {
        try {
            return Http.get(app(page)).statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }
}
