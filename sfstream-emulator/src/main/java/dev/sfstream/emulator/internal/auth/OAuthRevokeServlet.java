package dev.sfstream.emulator.internal.auth;

import dev.sfstream.emulator.internal.http.HttpIo;
import dev.sfstream.emulator.internal.http.JsonCodec;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /services/oauth2/revoke} (POST form or GET {@code ?token=}): revokes one access or refresh token. */
public final class OAuthRevokeServlet extends HttpServlet {
    private final transient TokenRegistry tokens;
    private final transient JsonCodec json;

    public OAuthRevokeServlet(TokenRegistry tokens, JsonCodec json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (tokens.revoke(request.getParameter("token"))) {
            response.setStatus(200);
            return;
        }
        HttpIo.write(response, 400, HttpIo.JSON,
                json.write(new OAuthError("unsupported_token_type", "this token type is not supported").body()));
    }
}
