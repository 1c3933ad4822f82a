package dev.sfstream.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {
    @Test
    void theShortDemoRunsEndToEnd() {
        StringWriter output = new StringWriter();
        int status = new CommandLine(new DemoCommand()).setOut(new PrintWriter(output, true))
                .execute("--short", "--changes", "8", "--interval", "20");
        String text = output.toString();
        assertThat(status).as(text).isZero();
        assertThat(text).contains("Salesforce emulator at http://127.0.0.1:")
                .containsPattern("  redis       Redis (at|is not reachable)")
                .containsPattern("  rabbitmq    RabbitMQ (at|is not reachable)")
                .contains("handled     Lead ").contains("handled     Opportunity ")
                .contains("dispatched  salesforce_lead_created").contains("dispatched  salesforce_opportunity_updated")
                .contains("sfstream demo: 8 changes, 8 notifications handled, 8 events dispatched");
    }
}
