package dev.sfstream.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Every run of every client as a dot, with the median as a bar across them and the lowest and highest run joined,
 * so that a chart shows how far runs spread rather than one number.
 */
public final class SpreadChart {
    private SpreadChart() {
    }

    /** Draws {@code runs} (client to its runs' values, in order) with the median labelled. */
    public static void draw(String title, String unit, Map<String, List<Double>> runs, Path png) throws IOException {
        BufferedImage image = new BufferedImage(Charts.WIDTH, Charts.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Charts.canvas(image, title);
        double max = runs.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(1) * 1.15;
        Charts.axes(g, max, unit);
        int plotHeight = Charts.HEIGHT - Charts.TOP - Charts.BOTTOM;
        int slot = (Charts.WIDTH - Charts.LEFT - Charts.RIGHT) / Math.max(1, runs.size());
        int i = 0;
        for (Map.Entry<String, List<Double>> client : runs.entrySet()) {
            List<Double> values = client.getValue();
            int center = Charts.LEFT + i * slot + slot / 2;
            Color color = Charts.PALETTE[i % Charts.PALETTE.length];
            g.setColor(color);
            double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(center, y(low, max, plotHeight), center, y(high, max, plotHeight));
            for (int run = 0; run < values.size(); run++) {
                int x = center - 18 + (values.size() == 1 ? 18 : 36 * run / (values.size() - 1));
                g.fillOval(x - 5, y(values.get(run), max, plotHeight) - 5, 10, 10);
            }
            double median = median(values);
            int medianY = y(median, max, plotHeight);
            g.setStroke(new BasicStroke(3f));
            g.drawLine(center - slot / 4, medianY, center + slot / 4, medianY);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "median " + Charts.numberFormat(max), median), center - slot / 4,
                    medianY - 8);
            g.drawString(client.getKey(), center - slot / 2 + 10, Charts.HEIGHT - Charts.BOTTOM + 20);
            g.drawString(String.format(Locale.ROOT, "%d runs, " + Charts.numberFormat(max) + " to "
                            + Charts.numberFormat(max), values.size(), low, high),
                    center - slot / 2 + 10, Charts.HEIGHT - Charts.BOTTOM + 36);
            i++;
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static int y(double value, double max, int plotHeight) {
        return Charts.HEIGHT - Charts.BOTTOM - (int) (plotHeight * value / max);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
