package dev.sfstream.bench.report;

import dev.sfstream.bench.scenario.LatencyResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Draws the latency percentile curves with Java2D, headless, and holds the layout the other charts share. */
public final class Charts {
    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    static final int LEFT = 90;
    static final int RIGHT = 30;
    static final int TOP = 50;
    static final int BOTTOM = 70;
    static final Color[] PALETTE = {new Color(0x4C72B0), new Color(0xDD8452), new Color(0x55A868),
        new Color(0xC44E52), new Color(0x8172B3)};

    private Charts() {
    }

    /** Latency (ms, log scale) against percentile, one curve per configuration. */
    public static void latency(List<LatencyResult> results, Path png) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, "Publish-to-handler latency by percentile (ms, log scale)");
        double max = results.stream().flatMap(r -> r.percentiles().stream()).filter(v -> !v.isNaN())
                .mapToDouble(Double::doubleValue).max().orElse(1);
        double min = Math.max(0.01, results.stream().flatMap(r -> r.percentiles().stream()).filter(v -> !v.isNaN())
                .mapToDouble(Double::doubleValue).min().orElse(0.01));
        double logMin = Math.floor(Math.log10(min));
        double logMax = Math.ceil(Math.log10(max * 1.01));
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - RIGHT;
        g.setColor(Color.GRAY);
        for (double decade = logMin; decade <= logMax; decade++) {
            int y = HEIGHT - BOTTOM - (int) (plotHeight * (decade - logMin) / Math.max(1, logMax - logMin));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.drawString(String.format(Locale.ROOT, "%s ms", trim(Math.pow(10, decade))), 10, y + 4);
        }
        for (int p = 0; p <= 100; p += 10) {
            int x = LEFT + plotWidth * p / 100;
            g.drawLine(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5);
            g.drawString("p" + p, x - 10, HEIGHT - BOTTOM + 20);
        }
        g.setColor(Color.BLACK);
        g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
        g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < results.size(); i++) {
            List<Double> values = results.get(i).percentiles();
            g.setColor(PALETTE[i % PALETTE.length]);
            int previousX = -1;
            int previousY = -1;
            for (int p = 0; p < values.size(); p++) {
                double v = Math.max(values.get(p), Math.pow(10, logMin));
                int x = LEFT + plotWidth * p / 100;
                int y = HEIGHT - BOTTOM - (int) (plotHeight * (Math.log10(v) - logMin) / Math.max(1, logMax - logMin));
                if (previousX >= 0) {
                    g.drawLine(previousX, previousY, x, y);
                }
                previousX = x;
                previousY = y;
            }
            LatencyResult r = results.get(i);
            g.drawString(String.format(Locale.ROOT, "%s: p50 %.2f ms, p99 %.2f ms, max %.1f ms", r.client(),
                    r.summary().p50Millis(), r.summary().p99Millis(), r.summary().maxMillis()), LEFT + 10,
                    TOP + 18 + 18 * i);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    static Graphics2D canvas(BufferedImage image, String title) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return g;
    }

    static void axes(Graphics2D g, double max, String unit) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        g.setColor(Color.LIGHT_GRAY);
        for (int i = 0; i <= 5; i++) {
            int y = HEIGHT - BOTTOM - plotHeight * i / 5;
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, numberFormat(max), max * i / 5), 10, y + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        g.setColor(Color.BLACK);
        g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
        g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
        g.drawString(unit, 10, TOP - 8);
    }

    /** Whole numbers for large scales (events/s), two decimals for small ones (seconds). */
    static String numberFormat(double scaleMax) {
        return scaleMax < 100 ? "%,.2f" : "%,.0f";
    }

    private static String trim(double value) {
        return value >= 1 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%s", value);
    }
}
