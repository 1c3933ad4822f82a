package dev.sfstream.amqp.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts were produced by CPython 3.11 {@code json.dumps} on the same values. */
class PythonJsonTest {
    private final PythonJson json = new PythonJson(JsonMapper.builder().build());

    record Order(int orderId, String total, List<String> tags) {
    }

    @Test
    void usesPythonSeparators() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("order_id", 42);
        payload.put("total", "19.99");
        payload.put("lines", List.of(1, 2));
        payload.put("empty", Map.of());
        payload.put("none", List.of());

        assertThat(json.toText(payload))
                .isEqualTo("{\"order_id\": 42, \"total\": \"19.99\", \"lines\": [1, 2], \"empty\": {}, \"none\": []}");
    }

    @Test
    void escapesLikeEnsureAscii() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("\u00e9", "\u00fc\u2028\uD83D\uDE00\u007f\u0001\n\t\"\\/\r\b\f");

        assertThat(json.toText(payload))
                .isEqualTo("{\"\\u00e9\": \"\\u00fc\\u2028\\ud83d\\ude00\\u007f\\u0001\\n\\t\\\"\\\\/\\r\\b\\f\"}");
        assertThat(new String(json.toBytes(payload), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo(json.toText(payload));
    }

    @Test
    void writesFloatsAsPythonRepr() {
        List<Object> values = Arrays.asList(1.0, 1e16, 1e-05, 0.0001, -0.0, 0.1, 1e22, 123456789.123, 5e-324,
                Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, new BigInteger("12345678901234567890"),
                2e-3, 100.0, 1e15, 0.1f, null, true, false);

        assertThat(json.toText(values)).isEqualTo("[1.0, 1e+16, 1e-05, 0.0001, -0.0, 0.1, 1e+22, 123456789.123, "
                + "5e-324, 1.7976931348623157e+308, NaN, Infinity, 12345678901234567890, 0.002, 100.0, "
                + "1000000000000000.0, 0.1, null, true, false]");
    }

    @Test
    void pythonFloatCoversTheNotationBoundaries() {
        assertThat(PythonJson.pythonFloat(9999999999999998.0)).isEqualTo("9999999999999998.0");
        assertThat(PythonJson.pythonFloat(0.00012345)).isEqualTo("0.00012345");
        assertThat(PythonJson.pythonFloat(-1.5e-7)).isEqualTo("-1.5e-07");
        assertThat(PythonJson.pythonFloat(1.25e100)).isEqualTo("1.25e+100");
        assertThat(PythonJson.pythonFloat(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(PythonJson.pythonFloat(12.5)).isEqualTo("12.5");
    }

    @Test
    void writesAnyJsonValueAndJavaObjectsThroughJackson() {
        assertThat(json.toText("caf\u00e9")).isEqualTo("\"caf\\u00e9\"");
        assertThat(json.toText(7)).isEqualTo("7");
        assertThat(json.toText(null)).isEqualTo("null");
        assertThat(json.toText(new Order(1, "2.50", new ArrayList<>(List.of("a")))))
                .isEqualTo("{\"orderId\": 1, \"total\": \"2.50\", \"tags\": [\"a\"]}");
    }
}
