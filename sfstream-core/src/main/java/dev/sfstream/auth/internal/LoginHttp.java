package dev.sfstream.auth.internal;

import dev.sfstream.auth.AuthFlow;
import dev.sfstream.auth.LoginException;
import dev.sfstream.connection.NetworkSettings;
import dev.sfstream.connection.internal.NetworkFailures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.FormRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Fields;

/** The HTTP requests of the login flows; transport failures become a {@link LoginException} naming the flow. */
final class LoginHttp {
    private static final int MAX_REPLY_BYTES = 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final AuthFlow flow;
    private final NetworkSettings network;

    LoginHttp(HttpClient client, Duration timeout, AuthFlow flow, NetworkSettings network) {
        this.client = client;
        this.timeout = timeout;
        this.flow = flow;
        this.network = network;
    }

    HttpReply postForm(URI uri, Map<String, String> form) {
        Fields fields = new Fields();
        form.forEach(fields::put);
        return send(client.newRequest(uri).method(HttpMethod.POST)
                .headers(h -> h.put(HttpHeader.ACCEPT, "application/json"))
                .body(new FormRequestContent(fields, StandardCharsets.UTF_8)), uri);
    }

    HttpReply postXml(URI uri, String xml) {
        return send(client.newRequest(uri).method(HttpMethod.POST)
                .headers(h -> h.put("SOAPAction", "login"))
                .body(new StringRequestContent("text/xml; charset=UTF-8", xml, StandardCharsets.UTF_8)), uri);
    }

    HttpReply getWithToken(URI uri, String accessToken) {
        return send(client.newRequest(uri).method(HttpMethod.GET)
                .headers(h -> h.put(HttpHeader.AUTHORIZATION, "Bearer " + accessToken)
                        .put(HttpHeader.ACCEPT, "application/json")), uri);
    }

    private HttpReply send(Request request, URI uri) {
        request.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            ContentResponse response = new CompletableResponseListener(request, MAX_REPLY_BYTES).send().get();
            return new HttpReply(response.getStatus(), response.getContentAsString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(uri, e);
        } catch (ExecutionException e) {
            throw unreachable(uri, e.getCause());
        }
    }

    private LoginException unreachable(URI uri, Throwable cause) {
        String explained = NetworkFailures.explain(uri, cause, network).orElse(null);
        if (explained != null) {
            return new LoginException(flow.configName(), null, explained, cause);
        }
        return new LoginException(flow.configName(), null, "Salesforce login (AUTH " + flow.configName()
                + ") could not reach " + uri.getScheme() + "://" + uri.getAuthority() + uri.getPath() + ": "
                + cause, cause);
    }
}
