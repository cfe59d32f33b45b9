package lu.alarmis.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.TestServer;

/**
 * An operator runs config/configure-server.cli against the running, already configured server,
 * exactly as the README tells production to: it succeeds and changes nothing. And the settings
 * that have no other test read as the script meant them.
 */
@Tag(DatabaseDependent.TAG)
@ExtendWith(ArquillianExtension.class)
class ConfigureServerScriptIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Path jbossHome = Path.of(System.getProperty("jboss.home"));
    private final Path configDir = Path.of(System.getProperty("alarmis.config.dir"));

    @Test
    void runningTheScriptAgainstAConfiguredServerChangesNothing() throws Exception {
        Path serverConfig = jbossHome.resolve("standalone/configuration/standalone-full.xml");
        String before = Files.readString(serverConfig);

        cli("configure-server-rerun.log", "-Dalarmis.jdbc.jar=" + configDir.resolve("target/jdbc/postgresql.jar"),
                "--file=" + configDir.resolve("configure-server.cli"));

        assertThat(Files.readString(serverConfig, StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @Test
    void theBrokerChecksThePartnerAgainEveryMinuteRecoveryHasTheServersOwnNodeIdentifierAndRedeliveryItsProperty() throws Exception {
        assertThat(cli("read-invalidation-interval.log",
                "--command=/subsystem=messaging-activemq/server=default:read-attribute(name=security-invalidation-interval)"))
                .contains("\"result\" => 60000L");
        assertThat(cli("read-node-identifier.log",
                "--command=/subsystem=transactions:read-attribute(name=node-identifier, resolve-expressions=true)"))
                .contains("\"result\" => \"alarmis-1\"");
        assertThat(cli("read-redelivery-delay.log",
                "--command=/subsystem=messaging-activemq/server=default/address-setting=jms.queue.PostInbound"
                        + ":read-attribute(name=redelivery-delay)"))
                .as("a property, 1,000 ms unless set").contains("${alarmis.post.redelivery-delay:1000}");
        assertThat(cli("read-redelivery-delay-resolved.log",
                "--command=/subsystem=messaging-activemq/server=default/address-setting=jms.queue.PostInbound"
                        + ":read-attribute(name=redelivery-delay, resolve-expressions=true)"))
                .as("as the tests' server sets it").contains("\"result\" => \"100\"");
    }

    /** Runs the server's CLI as an operator would, connected to the test server; returns what it printed. */
    private String cli(String logName, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(jbossHome.resolve("bin/jboss-cli.sh").toString(),
                "--connect", "--controller=localhost:" + TestServer.MANAGEMENT_PORT));
        command.addAll(List.of(arguments));
        File log = new File(System.getProperty("java.io.tmpdir"), logName);
        Process cli = new ProcessBuilder(command)
                .directory(configDir.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();

        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).as("CLI finished").isTrue();
        assertThat(cli.exitValue()).as("CLI exit code").isZero();
        return Files.readString(log.toPath(), StandardCharsets.UTF_8);
    }
}
