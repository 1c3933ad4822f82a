package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.http.HttpIo;
import dev.sfstream.emulator.internal.http.JsonCodec;
import dev.sfstream.emulator.internal.records.ApiError;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** Any path the emulator does not serve: 404 with Salesforce's {@code NOT_FOUND} body. */
public final class NotFoundServlet extends HttpServlet {
    private final transient JsonCodec json;

    public NotFoundServlet(JsonCodec json) {
        this.json = json;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpIo.write(response, 404, HttpIo.JSON, json.write(List.of(ApiError.notFound().restEntry())));
    }
}
