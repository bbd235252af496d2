package org.zonelab.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.zonelab.scenario.Sha256;

/** Renders {@link Figure}s to PNG ({@value #WIDTH} x {@value #HEIGHT} pixels) and writes them atomically. */
public final class FigureWriter {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 800;
    private static final int TITLE_BAND = 64;
    private static final int LEGEND_BAND = 48;

    private FigureWriter() {
    }

    /** The figure as PNG bytes. */
    public static byte[] png(Figure f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        if (f.panels().size() == 1 && f.legend().isEmpty()) {
            ChartUtilities.writeChartAsPNG(out, f.panels().get(0), WIDTH, HEIGHT);
            return out.toByteArray();
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setFont(ChartStyle.TITLE);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(f.title(), (WIDTH - fm.stringWidth(f.title())) / 2, 12 + fm.getAscent());
            int legendBand = f.legend().isEmpty() ? 0 : LEGEND_BAND;
            int cols = f.columns();
            int rows = (f.panels().size() + cols - 1) / cols;
            double w = (double) WIDTH / cols;
            double h = (double) (HEIGHT - TITLE_BAND - legendBand) / rows;
            for (int i = 0; i < f.panels().size(); i++) {
                JFreeChart chart = f.panels().get(i);
                Rectangle2D area = new Rectangle2D.Double((i % cols) * w, TITLE_BAND + (i / cols) * h, w, h);
                chart.draw(g, area);
            }
            legend(g, f.legend(), HEIGHT - legendBand);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void legend(Graphics2D g, List<String> names, int top) {
        if (names.isEmpty()) {
            return;
        }
        g.setFont(ChartStyle.LEGEND);
        FontMetrics fm = g.getFontMetrics();
        int swatch = 22;
        int gap = 36;
        int total = 0;
        for (String n : names) {
            total += swatch + 8 + fm.stringWidth(n) + gap;
        }
        total -= gap;
        int x = Math.max(10, (WIDTH - total) / 2);
        int y = top + (LEGEND_BAND - swatch) / 2;
        for (int k = 0; k < names.size(); k++) {
            g.setColor(ScenarioPalette.colour(k));
            g.fillRect(x, y, swatch, swatch);
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1f));
            g.drawRect(x, y, swatch, swatch);
            g.setColor(Color.BLACK);
            g.drawString(names.get(k), x + swatch + 8, y + (swatch + fm.getAscent() - fm.getDescent()) / 2);
            x += swatch + 8 + fm.stringWidth(names.get(k)) + gap;
        }
    }

    /**
     * Figures written under {@code charts/}, with their PNG bytes (for embedding in a report).
     *
     * @param figures the figures, in order
     * @param pngs    each figure's PNG bytes, by position in {@code figures}
     */
    public record Written(List<Figure> figures, List<byte[]> pngs) {
        public Written {
            figures = List.copyOf(figures);
            pngs = List.copyOf(pngs);
            if (figures.size() != pngs.size()) {
                throw new IllegalArgumentException(figures.size() + " figures but " + pngs.size() + " images");
            }
        }

        /** No figures. */
        public static Written none() {
            return new Written(List.of(), List.of());
        }
    }

    /**
     * Writes a report's figures under {@code charts/}, in order, each atomically.
     *
     * @param written told each file written ({@code charts/<file>}) and its hex SHA-256, in order
     * @return the figures with their PNG bytes
     */
    public static Written writeAll(OutputDirectory out, List<Figure> figures, BiConsumer<String, String> written)
            throws IOException {
        List<byte[]> pngs = new ArrayList<>();
        for (Figure f : figures) {
            byte[] png = write(out, CompareWriter.CHARTS, f);
            pngs.add(png);
            written.accept(CompareWriter.CHARTS + "/" + f.file(), Sha256.hex(png));
        }
        return new Written(figures, pngs);
    }

    /**
     * Writes the figure to {@code <folder>/<file>} of the output directory atomically.
     *
     * @param folder the directory's folder for charts ({@link CompareWriter#CHARTS})
     * @return the PNG bytes written
     */
    public static byte[] write(OutputDirectory out, String folder, Figure f) throws IOException {
        byte[] bytes = png(f);
        AtomicFiles.write(out, folder + "/" + f.file(), bytes);
        return bytes;
    }
}
