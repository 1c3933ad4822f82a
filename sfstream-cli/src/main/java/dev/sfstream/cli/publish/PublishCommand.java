package dev.sfstream.cli.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.cli.operate.OperatorException;
import dev.sfstream.cli.operate.OperatorCommand;
import dev.sfstream.cli.operate.Org;
import dev.sfstream.rest.SaveResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sfstream publish EVENT__e --json '{"Field__c": ...}' --config FILE}: publishes one platform event with the
 * REST API (sObject create on the event) and prints its replay id, which it learns by subscribing to the event's
 * channel first ({@link ReplayIdWatch}), and the id REST returns; without a subscription (refused, or slower than
 * 10 s) only the id.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publishes one platform event (REST) and prints its replay id and the id REST returns.")
public final class PublishCommand extends OperatorCommand {
    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*__e");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Parameters(paramLabel = "EVENT__e", description = "The platform event's API name, e.g. Order_Placed__e.")
    String event;

    @Option(names = "--json", paramLabel = "JSON", required = true,
            description = "The event's fields as a JSON object, e.g. '{\"Amount__c\": 5}'.")
    String json;

    @Override
    protected int run(PrintWriter out) throws InterruptedException {
        String name = event.startsWith("/event/") ? event.substring("/event/".length()) : event;
        if (!EVENT_NAME.matcher(name).matches()) {
            throw new OperatorException(event + " is not a platform event name (API names end in __e)");
        }
        Map<String, Object> fields = fields();
        try (Org org = Org.login(config.salesforce())) {
            Optional<ReplayIdWatch> watch = ReplayIdWatch.open(org, "/event/" + name, WAIT);
            try {
                SaveResult result = org.api().create(name, fields);
                OptionalLong replayId = watch.isPresent() ? watch.get().await(fields, WAIT) : OptionalLong.empty();
                out.println("Published " + name + ": " + (replayId.isPresent() ? "replay id " + replayId.getAsLong()
                        + ", id " + result.id() : "id " + result.id() + " (its replay id was not seen within "
                        + WAIT.toSeconds() + " s; sfstream tail /event/" + name + " --replay all shows it)"));
                return 0;
            } finally {
                watch.ifPresent(ReplayIdWatch::close);
            }
        }
    }

    private Map<String, Object> fields() {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException bad) {
            throw new OperatorException("--json is not a JSON object: " + bad.getOriginalMessage());
        }
    }
}
