package dev.sfstream.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.cli.operate.OperatorCli;
import dev.sfstream.cli.operate.OperatorCli.Result;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.SetParams;

/**
 * {@code sfstream replay show | set | reset} on a real Redis (127.0.0.1:6379, db 11) under a key prefix of its own,
 * with owner keys and a leader lease as a running service writes them.
 */
class ReplayCommandTest {
    private static final long TTL = 43200;
    private final String prefix = "sfstream-test-" + UUID.randomUUID() + ":";
    private final String running = "running-" + UUID.randomUUID();
    private final String idle = "idle-" + UUID.randomUUID();
    private final Jedis jedis = new Jedis("127.0.0.1", 6379);
    @TempDir
    Path dir;

    ReplayCommandTest() {
        jedis.select(11);
    }

    @AfterEach
    void deleteKeys() {
        for (String pattern : List.of(prefix + "*", "sfstream:replay_owner:" + prefix + "*")) {
            jedis.keys(pattern).forEach(jedis::del);
        }
        jedis.del("sfstream:leader:" + running, "sfstream:leader:" + idle);
        jedis.close();
    }

    private OperatorCli cli(boolean withRedis) {
        Map<String, Object> section = new LinkedHashMap<>(Map.of("USERNAME", "ops@example.com", "PASSWORD", "x",
                "SECURITY_TOKEN", "y", "SANDBOX", false, "PUSHTOPIC_REPLAY_KEY_PREFIX", prefix));
        if (withRedis) {
            section.put("PUSHTOPIC_REPLAY_ENABLED", true);
            section.put("PUSHTOPIC_REPLAY_REDIS_URI", "redis://127.0.0.1:6379/11");
        }
        return OperatorCli.withSection(dir, section);
    }

    /** Stores a position as the replay store does, its owner key written {@code secondsAgo} ago. */
    private void stored(String channel, String replayId, String owner, long secondsAgo) {
        jedis.set(prefix + channel, replayId, SetParams.setParams().ex(TTL - secondsAgo));
        jedis.set("sfstream:replay_owner:" + prefix + channel, owner, SetParams.setParams().ex(TTL - secondsAgo));
    }

    @Test
    void showsEveryStoredPositionWithItsOwner() {
        stored("/topic/B", "7", idle, 600);
        stored("/topic/A", "42", running, 0);
        Result all = cli(true).run(List.of("replay", "show"));
        assertThat(all.status()).as(all.err()).isZero();
        List<String> lines = all.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("/topic/A +42 +owner=" + running + " last write \\d s ago +expires in \\d+ s");
        assertThat(lines.get(1)).matches("/topic/B +7 +owner=" + idle + " last write 6\\d\\d s ago +expires in \\d+ s");
        assertThat(lines.get(2)).isEqualTo("2 stored positions");

        Result one = cli(true).run(List.of("replay", "show", "/topic/B"));
        assertThat(one.out().lines().toList()).singleElement().asString().startsWith("/topic/B ");
        Result unknown = cli(true).run(List.of("replay", "show", "/topic/Nope"));
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("sfstream replay show: no replay id stored for /topic/Nope (key " + prefix
                + "/topic/Nope); sfstream replay show lists the stored ones" + System.lineSeparator());
    }

    @Test
    void setAndResetChangeAStoppedServicesPositions() {
        stored("/topic/B", "7", idle, 600);
        Result set = cli(true).run(List.of("replay", "set", "/topic/B", "5"));
        assertThat(set.status()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("/topic/B: replay id 7 -> 5" + System.lineSeparator());
        assertThat(jedis.get(prefix + "/topic/B")).isEqualTo("5");
        assertThat(jedis.ttl(prefix + "/topic/B")).isGreaterThan(TTL - 10);

        Result reset = cli(true).run(List.of("replay", "reset", "/topic/B"));
        assertThat(reset.status()).as(reset.err()).isZero();
        assertThat(jedis.exists(prefix + "/topic/B")).isFalse();

        Result unknown = cli(true).run(List.of("replay", "set", "/topic/Typo", "5"));
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("no replay id stored for /topic/Typo");
        assertThat(cli(true).run(List.of("replay", "set", "/topic/New", "5"), "--force").status()).isZero();
        assertThat(jedis.get(prefix + "/topic/New")).isEqualTo("5");
        assertThat(cli(true).run(List.of("replay", "reset", "/topic/Typo")).err())
                .contains("no replay id stored for /topic/Typo");
        assertThat(cli(true).run(List.of("replay", "set", "/topic/New", "0")).err())
                .contains("ID 0 is not a replay id; to start over use sfstream replay reset");
    }

    @Test
    void refusesWhileTheServiceRunsUnlessForced() {
        stored("/topic/A", "42", running, 2);
        Result recent = cli(true).run(List.of("replay", "set", "/topic/A", "1"));
        assertThat(recent.status()).isEqualTo(1);
        assertThat(recent.err()).contains("service " + running + " stored /topic/A ")
                .contains("may be running").contains("--force");
        assertThat(jedis.get(prefix + "/topic/A")).isEqualTo("42");

        stored("/topic/B", "7", idle, 600);
        jedis.set("sfstream:leader:" + idle, "holder", SetParams.setParams().px(30_000));
        Result leading = cli(true).run(List.of("replay", "reset", "/topic/B"));
        assertThat(leading.status()).isEqualTo(1);
        assertThat(leading.err()).contains("service " + idle + " holds its leader lease (sfstream:leader:" + idle + ")");
        assertThat(jedis.exists(prefix + "/topic/B")).isTrue();

        assertThat(cli(true).run(List.of("replay", "set", "/topic/A", "1"), "--force").status()).isZero();
        assertThat(jedis.get(prefix + "/topic/A")).isEqualTo("1");
        assertThat(cli(true).run(List.of("replay", "reset", "/topic/B"), "--force").status()).isZero();
        assertThat(jedis.exists(prefix + "/topic/B")).isFalse();
    }

    @Test
    void aMissingRedisUriIsNamed() {
        Result missing = cli(false).run(List.of("replay", "show"));
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("`SALESFORCE` configuration does not contain mandatory "
                + "`PUSHTOPIC_REPLAY_REDIS_URI` key");
    }
}
