package org.zonelab.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.zonelab.model.Stage;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.geo.Region;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Double2D;

/**
 * The map's top layer: the host cities of the largest zones, and, drawn in screen space so that they
 * stay in the corners of the visible part of the map when a user zooms or scrolls, the current quarter
 * with a few national figures (top left) and the legend of zone, firm and link colours (bottom left). Its text comes from
 * {@link ZoneLabWithUI#headline()}.
 */
final class LegendPortrayal extends FieldPortrayal2D {
    private static final Font DATE = new Font(Font.SANS_SERIF, Font.BOLD, 24);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int PAD = 10;
    private static final int LINE = 17;
    private static final int COLUMN = 200;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (!(info.gui instanceof ZoneLabWithUI gui)) {
            return;
        }
        double left = Math.max(info.clip.x, info.draw.x) + PAD;
        double top = Math.max(info.clip.y, info.draw.y) + PAD;
        double bottom = Math.min(info.clip.y + info.clip.height, info.draw.y + info.draw.height) - PAD;
        Object hint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        drawLabels(g, gui, info);
        drawHeadline(g, gui.headline(), left, top);
        drawLegend(g, left, bottom);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, hint != null ? hint : RenderingHints.VALUE_ANTIALIAS_DEFAULT);
    }

    /** The host cities of the largest zones, right of their firm clouds. */
    private static void drawLabels(Graphics2D g, ZoneLabWithUI gui, DrawInfo2D info) {
        double sx = info.draw.width / ZoneLabModel.MAP_WIDTH;
        double sy = info.draw.height / ZoneLabModel.MAP_HEIGHT;
        g.setFont(LABEL);
        for (Zone z : gui.labelledZones()) {
            Double2D at = gui.model().zoneField().getObjectLocation(z);
            if (at == null) {
                continue;
            }
            float x = (float) (info.draw.x + (at.x + gui.cloudRadius(z)) * sx + 3);
            float y = (float) (info.draw.y + at.y * sy + 4);
            String text = z.seed().city();
            g.setColor(new Color(0, 0, 0, 210));
            g.drawString(text, x + 1, y + 1);
            g.setColor(Palette.TEXT);
            g.drawString(text, x, y);
        }
    }

    private static void drawHeadline(Graphics2D g, List<String> lines, double x, double y) {
        int width = 0;
        g.setFont(BODY);
        for (int i = 1; i < lines.size(); i++) {
            width = Math.max(width, g.getFontMetrics().stringWidth(lines.get(i)));
        }
        g.setFont(DATE);
        width = Math.max(width, g.getFontMetrics().stringWidth(lines.get(0)));
        double h = 30 + (lines.size() - 1) * LINE + PAD;
        panel(g, x, y, width + 2 * PAD, h);
        g.setColor(Palette.TEXT);
        g.drawString(lines.get(0), (float) (x + PAD), (float) (y + 30));
        g.setFont(BODY);
        for (int i = 1; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) (x + PAD), (float) (y + 30 + i * LINE));
        }
    }

    private static void drawLegend(Graphics2D g, double x, double bottom) {
        int rows = 2 + Stage.values().length;
        double h = rows * LINE + 2 * PAD;
        double y = bottom - h;
        panel(g, x, y, 2 * COLUMN + PAD, h);
        double top = y + PAD + 12;

        // Left column: zones by region, then links.
        double cx = x + PAD;
        title(g, "Zones: region (size = GDP)", cx, top);
        double row = top;
        for (Region r : Region.values()) {
            row += LINE;
            Color c = Palette.REGIONS.get(r);
            Ellipse2D disc = new Ellipse2D.Double(cx + 1, row - 10, 11, 11);
            g.setColor(Palette.withAlpha(c, 90));
            g.fill(disc);
            g.setStroke(new BasicStroke(2f));
            g.setColor(c);
            g.draw(disc);
            text(g, r.label(), cx + 20, row);
        }
        row += LINE;
        link(g, Palette.BRANCH_SAME_REGION, "Branch in the same region", cx, row);
        row += LINE;
        link(g, Palette.BRANCH_CROSS_REGION, "Branch to another region", cx, row);

        // Right column: firms by stage, then partnerships.
        cx = x + PAD + COLUMN;
        title(g, "Firms: stage", cx, top);
        row = top;
        for (Stage s : Stage.values()) {
            row += LINE;
            double d = Math.max(5, FirmPortrayal.size(s) + 2);
            Ellipse2D dot = new Ellipse2D.Double(cx + 6 - d / 2, row - 4 - d / 2, d, d);
            g.setColor(Palette.STAGES.get(s));
            g.fill(dot);
            if (s == Stage.UNICORN) {
                g.setStroke(new BasicStroke(1f));
                g.setColor(Color.WHITE);
                g.draw(dot);
            }
            text(g, Palette.label(s), cx + 20, row);
        }
        row += LINE;
        link(g, Palette.PARTNERSHIP, "Partnership", cx, row);
    }

    private static void panel(Graphics2D g, double x, double y, double w, double h) {
        g.setColor(Palette.PANEL);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
        g.setColor(new Color(255, 255, 255, 40));
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
    }

    private static void title(Graphics2D g, String s, double x, double y) {
        g.setFont(TITLE);
        g.setColor(Palette.TEXT);
        g.drawString(s, (float) x, (float) y);
    }

    private static void text(Graphics2D g, String s, double x, double y) {
        g.setFont(BODY);
        g.setColor(Palette.TEXT);
        g.drawString(s, (float) x, (float) y);
    }

    private static void link(Graphics2D g, Color c, String label, double x, double y) {
        g.setStroke(new BasicStroke(2.5f));
        g.setColor(Palette.withAlpha(c, Math.min(255, c.getAlpha() * 2 + 40)));
        g.draw(new Line2D.Double(x, y - 4, x + 13, y - 4));
        text(g, label, x + 20, y);
    }
}
