package dev.sfstream.soak;

import dev.sfstream.bench.report.TimeSeriesChart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** {@code soak.png}: heap after GC, live threads and events handled over the run, with each injected fault marked. */
public final class SoakChart {
    private SoakChart() {
    }

    /** Draws the samples and faults of a run that lasted {@code seconds}. */
    public static void draw(double seconds, List<ResourceSample> samples, List<FaultMark> faults, Path png)
            throws IOException {
        List<TimeSeriesChart.Series> series = new ArrayList<>();
        series.add(series("heap after GC (MiB)", samples, ResourceSample::heapMiB));
        series.add(series("live threads (JVM: client and in-process emulator)", samples, ResourceSample::threads));
        if (samples.stream().anyMatch(sample -> sample.handled() > 0)) {
            series.add(series("events handled (cumulative)", samples, ResourceSample::handled));
        }
        List<TimeSeriesChart.Mark> marks = faults.stream()
                .map(fault -> new TimeSeriesChart.Mark(fault.atSeconds(), fault.kind().name())).toList();
        double end = Math.max(seconds, samples.stream().mapToDouble(ResourceSample::atSeconds).max().orElse(1));
        TimeSeriesChart.draw("Soak: " + (faults.isEmpty() ? "resources over time" : faults.size()
                + " faults injected (marked), resources and events over time"), end, series, marks, png);
    }

    private static TimeSeriesChart.Series series(String name, List<ResourceSample> samples,
                                                 ToDoubleFunction<ResourceSample> value) {
        return new TimeSeriesChart.Series(name, samples.stream().mapToDouble(ResourceSample::atSeconds).toArray(),
                samples.stream().mapToDouble(value).toArray());
    }
}
