package dev.sfstream.bench.report;

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

/**
 * Several quantities over one time axis, one panel each (e.g. heap, threads, events handled during a soak), with
 * moments marked across every panel (e.g. the faults injected, colored by kind).
 */
public final class TimeSeriesChart {
    private static final int WIDTH = 1000;
    private static final int PANEL = 190;
    private static final int LEFT = 90;
    private static final int RIGHT = 200;
    private static final int TOP = 50;
    private static final int GAP = 30;
    private static final Color[] MARKS = {new Color(0xDD8452), new Color(0x55A868), new Color(0xC44E52),
        new Color(0x8172B3), new Color(0x937860), new Color(0xDA8BC3), new Color(0x8C8C8C), new Color(0xCCB974)};

    /**
     * One quantity over time.
     *
     * @param name what it is, with its unit
     * @param seconds when each value was taken
     * @param values the values
     */
    public record Series(String name, double[] seconds, double[] values) {
    }

    /**
     * A moment to mark.
     *
     * @param seconds when
     * @param kind what happened (one color per kind, listed in the legend)
     */
    public record Mark(double seconds, String kind) {
    }

    private TimeSeriesChart() {
    }

    /** Draws the series over {@code [0, endSeconds]} with the marks. */
    public static void draw(String title, double endSeconds, List<Series> series, List<Mark> marks, Path png)
            throws IOException {
        int height = TOP + series.size() * (PANEL + GAP) + 40;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        List<String> kinds = marks.stream().map(Mark::kind).distinct().sorted().toList();
        double end = Math.max(1, endSeconds);
        for (int p = 0; p < series.size(); p++) {
            int top = TOP + p * (PANEL + GAP);
            panel(g, series.get(p), top, end, marks, kinds);
        }
        for (int k = 0; k < kinds.size(); k++) {
            g.setColor(markColor(k));
            g.fillRect(WIDTH - RIGHT + 15, TOP + 16 * k, 10, 10);
            g.setColor(Color.BLACK);
            String kind = kinds.get(k);
            g.drawString(kind + " (" + marks.stream().filter(mark -> mark.kind().equals(kind)).count() + ")",
                    WIDTH - RIGHT + 30, TOP + 16 * k + 10);
        }
        g.setColor(Color.BLACK);
        int axisY = TOP + series.size() * (PANEL + GAP) - GAP + 18;
        for (int t = 0; t <= 10; t++) {
            int x = LEFT + (WIDTH - LEFT - RIGHT) * t / 10;
            g.drawString(String.format(Locale.ROOT, "%.0f s", end * t / 10), x - 12, axisY);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void panel(Graphics2D g, Series series, int top, double end, List<Mark> marks, List<String> kinds) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        double max = 0;
        for (double value : series.values()) {
            max = Math.max(max, value);
        }
        max = max <= 0 ? 1 : max * 1.1;
        for (Mark mark : marks) {
            g.setColor(markColor(kindIndex(kinds, mark)));
            int x = LEFT + (int) (plotWidth * mark.seconds() / end);
            g.drawLine(x, top, x, top + PANEL);
        }
        g.setColor(Color.LIGHT_GRAY);
        for (int i = 0; i <= 4; i++) {
            int y = top + PANEL - PANEL * i / 4;
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%,.0f", max * i / 4), 10, y + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        g.setColor(Color.BLACK);
        g.drawString(series.name(), LEFT, top - 6);
        g.drawLine(LEFT, top + PANEL, LEFT + plotWidth, top + PANEL);
        g.drawLine(LEFT, top, LEFT, top + PANEL);
        g.setColor(Charts.PALETTE[0]);
        g.setStroke(new BasicStroke(2f));
        for (int i = 1; i < series.values().length; i++) {
            g.drawLine(LEFT + (int) (plotWidth * series.seconds()[i - 1] / end),
                    top + PANEL - (int) (PANEL * series.values()[i - 1] / max),
                    LEFT + (int) (plotWidth * series.seconds()[i] / end),
                    top + PANEL - (int) (PANEL * series.values()[i] / max));
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static int kindIndex(List<String> kinds, Mark mark) {
        return kinds.indexOf(mark.kind());
    }

    private static Color markColor(int kind) {
        Color base = MARKS[kind % MARKS.length];
        return new Color(base.getRed(), base.getGreen(), base.getBlue(), 120);
    }
}
