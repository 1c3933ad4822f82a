package dev.sfstream.cli.demo;

import dev.sfstream.rest.SalesforceApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes Lead and Opportunity changes through the REST API, as another user than the service's (whose own
 * changes the proxy leaves out): creates a lead, creates an opportunity, then updates them in turn.
 */
final class ChangeStream {
    private static final String[] STAGES = {"Qualification", "Needs Analysis", "Proposal", "Negotiation"};

    private final SalesforceApi api;
    private final LiveConsole console;
    private final List<String> leads = new ArrayList<>();
    private final List<String> opportunities = new ArrayList<>();
    private int step;

    ChangeStream(SalesforceApi api, LiveConsole console) {
        this.api = api;
        this.console = console;
    }

    /** Makes the next change. */
    void next() {
        int n = step++;
        switch (n % 4) {
            case 0 -> {
                String id = api.create("Lead", Map.of("LastName", "Lead " + n, "Company", "Company " + n)).id();
                leads.add(id);
                console.changed("created Lead " + id);
            }
            case 1 -> {
                String id = api.create("Opportunity", Map.of("Name", "Deal " + n, "StageName", "Prospecting",
                        "CloseDate", "2030-12-31")).id();
                opportunities.add(id);
                console.changed("created Opportunity " + id);
            }
            case 2 -> {
                String id = leads.get(leads.size() - 1);
                api.update("Lead", id, Map.of("Company", "Renamed company " + n));
                console.changed("updated Lead " + id);
            }
            default -> {
                String id = opportunities.get(opportunities.size() - 1);
                api.update("Opportunity", id, Map.of("StageName", STAGES[(n / 4) % STAGES.length]));
                console.changed("updated Opportunity " + id);
            }
        }
    }
}
