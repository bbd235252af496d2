package org.zonelab.output;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * One chart of a report, built but not yet written: a single JFreeChart, or small multiples (several
 * panels in a grid under one title, with one shared legend of the scenarios). {@link FigureWriter}
 * renders it; the same charts can be shown in a GUI instead.
 *
 * @param file    the PNG's file name under {@code charts/}
 * @param title   the figure's title (for a grid, drawn above the panels)
 * @param caption a plain-language caption for the report
 * @param panels  one chart, or the panels of a grid
 * @param columns panels per row of the grid (1 for a single chart)
 * @param legend  for a grid, the scenario names of the shared legend, coloured by {@link ScenarioPalette}
 *                in this order; empty for none
 */
public record Figure(String file, String title, String caption, List<JFreeChart> panels, int columns,
                     List<String> legend) {
    public Figure {
        if (panels.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a figure needs at least one panel and one column");
        }
        if (!file.matches("[a-z0-9][a-z0-9_-]*\\.png")) {
            throw new IllegalArgumentException("chart file names are lower-case, safe and end in .png: " + file);
        }
        panels = List.copyOf(panels);
        legend = List.copyOf(legend);
    }

    /** A figure of one chart (its own title and legend). */
    public static Figure single(String file, String caption, JFreeChart chart) {
        String title = chart.getTitle() == null ? file : chart.getTitle().getText();
        return new Figure(file, title, caption, List.of(chart), 1, List.of());
    }
}
