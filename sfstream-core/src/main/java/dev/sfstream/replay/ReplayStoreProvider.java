package dev.sfstream.replay;

import dev.sfstream.container.ServiceContext;
import java.util.List;

/**
 * Makes the replay store that {@code PUSHTOPIC_REPLAY_ENABLED: true} asks for. Found with
 * {@link java.util.ServiceLoader} (list the class in {@code META-INF/services/dev.sfstream.replay.ReplayStoreProvider});
 * {@code sfstream-redis} provides one. The container opens the store when the service starts and closes it
 * when the service stops.
 */
public interface ReplayStoreProvider {
    /**
     * Opens the store of one service.
     *
     * @param service the service's name and whole configuration
     * @param channels the channels the service subscribes, so that a store can check nobody else owns them
     * @throws Exception when the store cannot be reached or refuses; the service then does not start
     */
    ReplayStore open(ServiceContext service, List<String> channels) throws Exception;
}
