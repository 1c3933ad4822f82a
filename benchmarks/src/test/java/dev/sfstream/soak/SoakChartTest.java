package dev.sfstream.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code soak.png}: three panels (heap, threads, events) when events were counted, and the faults marked. */
class SoakChartTest {
    @Test
    void drawsResourcesAndEventsWithTheFaultsMarked(@TempDir Path dir) throws Exception {
        List<ResourceSample> samples = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            samples.add(new ResourceSample(i * 3.0, 20 + i, 50 + i % 3, 12, i * 150L));
        }
        List<FaultMark> faults = List.of(new FaultMark(7.5, FaultKind.DROPPED_SESSIONS),
                new FaultMark(31, FaultKind.REDIS_RESTART), new FaultMark(44, FaultKind.DROPPED_SESSIONS));
        Path png = dir.resolve("soak.png");
        SoakChart.draw(60, samples, faults, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).as("three panels").isGreaterThan(3 * 190);
        int x = 90 + (int) ((1000 - 90 - 200) * 31 / 60.0);
        assertThat(image.getRGB(x, 150) & 0xFFFFFF).as("a fault mark crosses the first panel").isNotEqualTo(0xFFFFFF);
        assertThat(image.getRGB(x + 40, 150) & 0xFFFFFF).as("no mark there").isEqualTo(0xFFFFFF);
    }
}
