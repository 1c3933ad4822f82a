package dev.sfstream.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.events.EventDispatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ExtensionEntrypointTest {
    @ServiceName("manual")
    public static class ManualService {
        @Dependency
        EventDispatcher dispatch;
        @Dependency
        WorkerContext worker;
        @Dependency
        Calls calls;

        final List<String> seenByThisInstance = new ArrayList<>();

        @ManualTrigger("greet")
        public String greet(String payload) {
            seenByThisInstance.add(payload);
            calls.record("greet", payload, worker, seenByThisInstance.size(), System.identityHashCode(this));
            dispatch.dispatch("greeted", payload);
            return "hello " + payload;
        }

        @ManualTrigger("fail")
        public void fail(String payload) throws java.io.IOException {
            throw new java.io.IOException("cannot " + payload);
        }
    }

    @Test
    void extensionEntrypointsGetAFreshInstancePerWorkerWithItsDependencies() throws Exception {
        Calls calls = new Calls();
        ManualExtension extension = new ManualExtension(false);
        InMemoryEventDispatcher events = new InMemoryEventDispatcher();
        List<String> finished = new CopyOnWriteArrayList<>();
        ServiceContainer container = ServiceContainer.builder(ManualService.class).extension(extension)
                .dependency(events).replaceDependency(Calls.class, calls)
                .workerListener((entrypoint, worker, arguments, result, failure) ->
                        finished.add(entrypoint.name() + "=" + (failure == null ? result : failure.getMessage())))
                .build();
        container.start();
        assertThat(extension.lifecycle).containsExactly("start manual");
        assertThat(extension.fire("greet", "one", List.of("caller.method.1"))).isEqualTo("hello one");
        assertThat(extension.fire("greet", "two", List.of())).isEqualTo("hello two");
        assertThatThrownBy(() -> extension.fire("fail", "three", List.of()))
                .isInstanceOf(java.io.IOException.class).hasMessage("cannot three");

        assertThat(calls.all()).extracting(call -> call.arguments().get(2)).containsExactly(1, 1);
        assertThat(calls.all().get(0).arguments().get(3)).isNotEqualTo(calls.all().get(1).arguments().get(3));
        WorkerContext first = (WorkerContext) calls.all().get(0).arguments().get(1);
        assertThat(first.serviceName()).isEqualTo("manual");
        assertThat(first.entrypoint()).isEqualTo("greet");
        assertThat(first.callIdStack()).hasSize(2).first().isEqualTo("caller.method.1");
        assertThat(first.callId()).startsWith("manual.greet.");
        assertThat(first.data()).containsEntry("source", "greet");
        assertThat(events.recent()).extracting(InMemoryEventDispatcher.DispatchedEvent::eventType)
                .containsExactly("greeted", "greeted");
        assertThat(events.recent().get(0).worker()).isEqualTo(first);
        assertThat(finished).containsExactly("greet=hello one", "greet=hello two", "fail=cannot three");

        container.stop();
        assertThat(extension.lifecycle).containsExactly("start manual", "stop");
        assertThat(container.state()).isEqualTo(ContainerState.STOPPED);
    }

    @Test
    void killStopsAtOnceAndAStoppedContainerStartsAgain() {
        ManualExtension extension = new ManualExtension(false);
        ServiceContainer container = ServiceContainer.builder(ManualService.class).extension(extension)
                .replaceDependency(Calls.class, new Calls()).build();
        container.start();
        assertThatThrownBy(container::start).isInstanceOf(IllegalStateException.class)
                .hasMessage("service manual is already RUNNING");
        container.kill();
        assertThat(container.state()).isEqualTo(ContainerState.STOPPED);
        container.start();
        container.stop();
        assertThat(extension.lifecycle).containsExactly("start manual", "kill", "start manual", "stop");
    }

    @ServiceName("bad-manual")
    public static class BadManualService {
        @ManualTrigger("x")
        public void handle(Integer payload) {
        }
    }

    @Test
    void theExtensionValidatesItsEntrypoints() {
        assertThatThrownBy(() -> ServiceContainer.builder(BadManualService.class)
                .extension(new ManualExtension(false)).build())
                .isInstanceOf(InvalidServiceException.class)
                .hasMessage("BadManualService.handle @ManualTrigger(\"x\"): a @ManualTrigger handler takes (String payload)");
    }

    @Test
    void aFailingExtensionStopsWhatStartedAndNamesTheStep() {
        List<String> stopped = new CopyOnWriteArrayList<>();
        DependencyProvider<Calls> calls = new DependencyProvider<>() {
            @Override
            public Class<Calls> type() {
                return Calls.class;
            }

            @Override
            public Calls get(WorkerContext worker) {
                return new Calls();
            }

            @Override
            public void stop() {
                stopped.add("calls");
            }
        };
        ServiceContainer container = ServiceContainer.builder(ManualService.class)
                .extension(new ManualExtension(true)).dependency(calls).build();
        assertThatThrownBy(container::start).isInstanceOf(ServiceStartException.class)
                .hasMessage("Service manual failed to start while starting @ManualTrigger entrypoints: "
                        + "the trigger source is down");
        assertThat(container.state()).isEqualTo(ContainerState.FAILED);
        assertThat(stopped).containsExactly("calls");
    }

    @Test
    void theRunnerStopsStartedServicesWhenALaterOneFails() {
        ManualExtension working = new ManualExtension(false);
        ServiceContainer first = ServiceContainer.builder(ManualService.class).extension(working)
                .replaceDependency(Calls.class, new Calls()).build();
        ServiceContainer second = ServiceContainer.builder(ManualService.class).extension(new ManualExtension(true))
                .replaceDependency(Calls.class, new Calls()).build();
        ServiceRunner runner = new ServiceRunner(List.of(first, second));
        assertThatThrownBy(runner::start).isInstanceOf(ServiceStartException.class);
        assertThat(first.state()).isEqualTo(ContainerState.STOPPED);
        assertThat(working.lifecycle).containsExactly("start manual", "stop");
    }
}
