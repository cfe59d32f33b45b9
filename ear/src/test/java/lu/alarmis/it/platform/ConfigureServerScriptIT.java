package lu.alarmis.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.TestServer;

/**
 * An operator runs config/configure-server.cli against the running, already configured server,
 * exactly as the README tells production to: it succeeds and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigureServerScriptIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void runningTheScriptAgainstAConfiguredServerChangesNothing() throws Exception {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        Path configDir = Path.of(System.getProperty("alarmis.config.dir"));
        Path serverConfig = jbossHome.resolve("standalone/configuration/standalone-full.xml");
        String before = Files.readString(serverConfig);

        Process cli = new ProcessBuilder(
                jbossHome.resolve("bin/jboss-cli.sh").toString(),
                "--connect", "--controller=localhost:" + TestServer.MANAGEMENT_PORT,
                "-Dalarmis.jdbc.jar=" + configDir.resolve("target/jdbc/postgresql.jar"),
                "--file=" + configDir.resolve("configure-server.cli"))
                .directory(configDir.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "configure-server-rerun.log"))
                .start();

        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).as("CLI finished").isTrue();
        assertThat(cli.exitValue()).as("CLI exit code").isZero();
        assertThat(Files.readString(serverConfig, StandardCharsets.UTF_8)).isEqualTo(before);
    }
}
