package dev.sfstream.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.annotation.ServiceName;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The extension SPI beyond one annotation: several annotations, service checks, dependencies, steps, failures. */
class ExtensionSpiTest {
    @ServiceName("signals")
    public static class SignalService {
        @Signal.OnSignal("start")
        public String onStart(String signal) {
            return signal + " on " + MDC.get("channel");
        }

        @Signal.OnAlarm("fire")
        public String onFire(String signal) {
            return signal + " on " + MDC.get("channel");
        }
    }

    @ServiceName("twice")
    public static class TwiceService {
        @Signal.OnSignal("start")
        public void first(String signal) {
        }

        @Signal.OnAlarm("start")
        public void second(String signal) {
        }
    }

    @ServiceName("source-only")
    public static class SourceOnlyService {
        @Dependency
        SignalExtension.Source source;

        @ManualTrigger("read")
        public String read(String payload) {
            return source.name();
        }
    }

    @ServiceName("nothing")
    public static class NothingService {
        public void handle(String signal) {
        }
    }

    @Test
    void oneExtensionServesSeveralAnnotationsChecksThemTogetherAndNamesTheChannel() throws Exception {
        SignalExtension extension = new SignalExtension(null);
        ServiceContainer container = ServiceContainer.builder(SignalService.class).extension(extension).build();
        assertThat(extension.lifecycle).containsExactly("validated [fire, start]");
        container.start();
        assertThat(extension.lifecycle).contains("start [onFire, onStart]");
        assertThat(extension.fire("start", "/signals/a")).isEqualTo("start on /signals/a");
        assertThat(extension.fire("fire", null)).isEqualTo("fire on null");
        container.stop();

        assertThatThrownBy(() -> ServiceContainer.builder(TwiceService.class).extension(new SignalExtension(null))
                .build()).isInstanceOf(InvalidServiceException.class)
                .hasMessageStartingWith("TwiceService.second @").hasMessageEndingWith(": signal 'start' is handled twice");
        assertThatThrownBy(() -> ServiceContainer.builder(NothingService.class).extension(new SignalExtension(null))
                .discover(false).build()).isInstanceOf(InvalidServiceException.class)
                .hasMessage(NothingService.class.getName() + " has no entrypoint: annotate a public method with "
                        + "@Subscribe, @HandleNotification, @HandleSObjectNotification, @OnSignal or @OnAlarm");
    }

    @Test
    void anExtensionServingAUsedDependencyStartsWithoutEntrypoints() throws Exception {
        SignalExtension signals = new SignalExtension(null);
        ManualExtension manual = new ManualExtension(false);
        ServiceContainer container = ServiceContainer.builder(SourceOnlyService.class).extension(signals)
                .extension(manual).build();
        container.start();
        assertThat(signals.lifecycle).containsExactly("start []");
        assertThat(manual.fire("read", "x", List.of())).isEqualTo("signals of source-only");
        container.stop();

        SignalExtension unused = new SignalExtension(null);
        ServiceContainer given = ServiceContainer.builder(SourceOnlyService.class).extension(unused)
                .extension(new ManualExtension(false))
                .replaceDependency(SignalExtension.Source.class, new SignalExtension.Source("given")).build();
        given.start();
        given.stop();
        assertThat(unused.lifecycle).as("a provider given to the builder wins; the extension is not needed").isEmpty();
    }

    @Test
    void startedPartsStopAfterTheExtensionNewestFirst() {
        SignalExtension extension = new SignalExtension(null);
        ServiceContainer container = ServiceContainer.builder(SignalService.class).extension(extension).build();
        container.start();
        container.stop();
        assertThat(extension.lifecycle).containsSubsequence("start [onFire, onStart]", "stop",
                "stop part listening for signals", "stop part opening the signal source");
    }

    @Test
    void aFailingStepIsNamedAndWhatStartedIsKilled() {
        SignalExtension extension = new SignalExtension("listening for signals");
        ServiceContainer container = ServiceContainer.builder(SignalService.class).extension(extension).build();
        assertThatThrownBy(container::start).isInstanceOf(ServiceStartException.class)
                .hasMessage("Service signals failed to start while listening for signals: the signal source is down");
        assertThat(container.state()).isEqualTo(ContainerState.FAILED);
        assertThat(extension.lifecycle).containsExactly("validated [fire, start]",
                "kill part opening the signal source");
    }

    @Test
    void anExtensionThatFailsForGoodFailsTheServiceAndOneThatStandsByIsNotStreaming() {
        SignalExtension extension = new SignalExtension(null);
        List<String> failures = new CopyOnWriteArrayList<>();
        ServiceContainer container = ServiceContainer.builder(SignalService.class).extension(extension)
                .failureListener((service, reason) -> failures.add(service + ": " + reason.message())).build();
        container.start();
        assertThat(container.isStreaming()).isTrue();
        extension.standBy();
        assertThat(container.isStreaming()).isFalse();

        extension.failForGood("the signal source closed");
        assertThat(container.state()).isEqualTo(ContainerState.FAILED);
        assertThat(container.failure()).hasValueSatisfying(failure ->
                assertThat(failure.message()).isEqualTo("the signal source closed"));
        assertThat(failures).containsExactly("signals: the signal source closed");
        container.stop();
        assertThat(container.state()).isEqualTo(ContainerState.STOPPED);
    }
}
