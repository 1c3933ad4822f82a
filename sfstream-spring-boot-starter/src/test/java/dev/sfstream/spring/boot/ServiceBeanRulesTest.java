package dev.sfstream.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/** What a service bean must be: clear errors, naming the bean, method and placeholder, before anything starts. */
class ServiceBeanRulesTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SfstreamAutoConfiguration.class));

    @ServiceName("placeholders")
    public static class PlaceholderService {
        @Subscribe("${orders.channel}")
        public void onOrder(Notification notification) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PlaceholderConfiguration {
        @Bean
        PlaceholderService placeholderService() {
            return new PlaceholderService();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ThreadScopedConfiguration {
        @Bean
        @Scope("thread")
        PlaceholderService threadScoped() {
            return new PlaceholderService();
        }
    }

    @Test
    void aChannelResolvesFromTheEnvironment() {
        runner.withUserConfiguration(PlaceholderConfiguration.class)
                .withPropertyValues("orders.channel=/event/Order__e", "sfstream.auto-startup=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(SfstreamServices.class).container("placeholders")).isPresent();
                    assertThat(context.getBeanDefinitionNames()).contains("placeholderService");
                    assertThat(context.getBean("placeholderService")).as("prototype: a new instance per worker")
                            .isNotSameAs(context.getBean("placeholderService"));
                });
    }

    @Test
    void anUnresolvablePlaceholderFailsTheContextNamingTheMethod() {
        runner.withUserConfiguration(PlaceholderConfiguration.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("onOrder")
                    .hasMessageContaining("cannot resolve '${orders.channel}'")
                    .hasMessageContaining("orders.channel");
        });
    }

    @Test
    void aServiceBeanInAnotherScopeIsRefusedNamingIt() {
        runner.withUserConfiguration(ThreadScopedConfiguration.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasMessageContaining("sfstream service bean 'threadScoped'")
                    .hasMessageContaining("has scope 'thread'");
        });
    }
}
