package dev.sfstream.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.config.internal.SalesforceSectionReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The {@code sfstream.*} properties, in any relaxed form, become the YAML configuration's keys and values. */
class PropertiesBindingTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SfstreamAutoConfiguration.class));

    @Test
    void everyPropertyBecomesItsYamlKey() {
        runner.withPropertyValues(
                "sfstream.amqp-uri=pyamqp://guest:guest@localhost", "sfstream.max-workers=4", "sfstream.heartbeat=30",
                "sfstream.amqp-ssl.ca-certs=/etc/ca.pem", "sfstream.amqp-ssl.cert-reqs=CERT_REQUIRED",
                "sfstream.declare-event-exchanges=false", "sfstream.auto-delete-event-exchanges=true",
                "sfstream.amqp-confirm-timeout=2.5", "sfstream.amqp-publish-retries=7",
                "sfstream.broadcast-identifier=host-1",
                "sfstream.salesforce.username=user@example.com", "sfstream.salesforce.password=p",
                "sfstream.salesforce.securityToken=t", "sfstream.salesforce.sandbox=true",
                "sfstream.salesforce.api-version=64.0", "sfstream.salesforce.bayeux-version=1.0",
                "sfstream.salesforce.bayeux-minimum-version=0.9", "sfstream.salesforce.pushtopic-replay-enabled=true",
                "sfstream.salesforce.pushtopic-replay-redis-uri=redis://localhost:6379/11",
                "sfstream.salesforce.pushtopic-replay-ttl=600", "sfstream.salesforce.pushtopic-replay-key-prefix=app:",
                "sfstream.salesforce.login-url=https://acme.my.salesforce.com", "sfstream.salesforce.auth=jwt",
                "sfstream.salesforce.client-id=id", "sfstream.salesforce.client-secret=s",
                "sfstream.salesforce.jwt-key-file=/k.pem", "sfstream.salesforce.jwt-key-password=kp",
                "sfstream.salesforce.jwt-key-alias=a", "sfstream.salesforce.refresh-token=r",
                "sfstream.salesforce.access-token=at", "sfstream.salesforce.instance-url=https://i",
                "sfstream.salesforce.replay-default=all", "sfstream.salesforce.replay-fallback=fail",
                "sfstream.salesforce.handler-retries=5", "sfstream.salesforce.dependency-outage-limit=120",
                "sfstream.salesforce.dead-letter=redis", "sfstream.salesforce.leader-lease=true",
                "sfstream.salesforce.trust-store=/t.p12", "sfstream.salesforce.trust-store-password=tp",
                "sfstream.salesforce.trust-store-type=PKCS12", "sfstream.salesforce.key-store=/k.p12",
                "sfstream.salesforce.key-store-password=kp2", "sfstream.salesforce.proxy-url=http://proxy:3128",
                "sfstream.salesforce.proxy-exclude[0]=*.internal", "sfstream.salesforce.proxy-exclude[1]=10.*",
                "sfstream.salesforce.skip-own-changes=true", "sfstream.salesforce.handler-timeout=30",
                "sfstream.salesforce.transport=pubsub", "sfstream.salesforce.pubsub-host=pubsub.example",
                "sfstream.salesforce.pubsub-port=443", "sfstream.salesforce.pubsub-plaintext=false",
                "sfstream.salesforce.pubsub-batch-size=50")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Map<String, Object> raw = context.getBean(SfstreamConfig.class).raw();
                    assertThat(raw).containsEntry("AMQP_URI", "pyamqp://guest:guest@localhost")
                            .containsEntry("max_workers", 4).containsEntry("HEARTBEAT", 30)
                            .containsEntry("AMQP_SSL", Map.of("ca_certs", "/etc/ca.pem", "cert_reqs", "CERT_REQUIRED"))
                            .containsEntry("DECLARE_EVENT_EXCHANGES", false)
                            .containsEntry("AUTO_DELETE_EVENT_EXCHANGES", true)
                            .containsEntry("AMQP_CONFIRM_TIMEOUT", 2.5).containsEntry("AMQP_PUBLISH_RETRIES", 7)
                            .containsEntry("BROADCAST_IDENTIFIER", "host-1");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> salesforce = (Map<String, Object>) raw.get("SALESFORCE");
                    assertThat(salesforce.keySet()).as("every key of the SALESFORCE section")
                            .containsExactlyInAnyOrderElementsOf(SalesforceSectionReader.KNOWN_KEYS);
                    assertThat(salesforce).containsEntry("SECURITY_TOKEN", "t").containsEntry("SANDBOX", true)
                            .containsEntry("PUSHTOPIC_REPLAY_TTL", 600L).containsEntry("LEADER_LEASE", "true")
                            .containsEntry("PROXY_EXCLUDE", List.of("*.internal", "10.*"));
                    assertThat(context.getBean(SfstreamConfig.class).maxWorkers()).isEqualTo(4);
                });
    }

    @Test
    void unsetPropertiesAreLeftOutSoSfstreamsDefaultsApply() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource("test-systemEnvironment",
                        Map.of("SFSTREAM_SALESFORCE_USERNAME", "user@example.com")))).run(context -> {
            assertThat(context.getBean(SfstreamConfig.class).raw()).as("from the environment variable's form")
                    .isEqualTo(Map.of("SALESFORCE", Map.of("USERNAME", "user@example.com")));
            assertThat(context.getBean(SfstreamConfig.class).maxWorkers()).isEqualTo(SfstreamConfig.DEFAULT_MAX_WORKERS);
        });
    }

    @Test
    void secretsAreNeverShown() {
        runner.withPropertyValues("sfstream.amqp-uri=pyamqp://guest:secret1@localhost",
                "sfstream.salesforce.password=secret2", "sfstream.salesforce.client-secret=secret3").run(context -> {
                    String shown = context.getBean(SfstreamProperties.class).toString();
                    assertThat(shown).contains("AMQP_URI", "SALESFORCE.PASSWORD", "SALESFORCE.CLIENT_SECRET")
                            .doesNotContain("secret1", "secret2", "secret3");
                });
    }
}
