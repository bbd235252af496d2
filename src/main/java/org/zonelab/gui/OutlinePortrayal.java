package org.zonelab.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.zonelab.model.ZoneLabModel;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Double2D;

/**
 * The map's background layer: a faint graticule every ten degrees and China's outline (its field is a
 * {@link MapOutline}), filled as land and stroked as a border.
 */
final class OutlinePortrayal extends FieldPortrayal2D {
    private static final Color GRID = new Color(255, 255, 255, 22);

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        double sx = info.draw.width / ZoneLabModel.MAP_WIDTH;
        double sy = info.draw.height / ZoneLabModel.MAP_HEIGHT;
        Object hint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1f));
        g.setColor(GRID);
        for (double x = 10; x < ZoneLabModel.MAP_WIDTH; x += 10) {
            g.draw(new Line2D.Double(info.draw.x + x * sx, info.draw.y, info.draw.x + x * sx,
                    info.draw.y + info.draw.height));
        }
        for (double y = 6; y < ZoneLabModel.MAP_HEIGHT; y += 10) {
            g.draw(new Line2D.Double(info.draw.x, info.draw.y + y * sy, info.draw.x + info.draw.width,
                    info.draw.y + y * sy));
        }
        if (getField() instanceof MapOutline outline) {
            Path2D.Double land = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (List<Double2D> ring : outline.rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = info.draw.x + ring.get(i).x * sx;
                    double y = info.draw.y + ring.get(i).y * sy;
                    if (i == 0) {
                        land.moveTo(x, y);
                    } else {
                        land.lineTo(x, y);
                    }
                }
                land.closePath();
            }
            g.setColor(Palette.LAND);
            g.fill(land);
            g.setStroke(new BasicStroke((float) Math.max(1.2, sx * 0.1), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.setColor(Palette.BORDER);
            g.draw(land);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, hint != null ? hint : RenderingHints.VALUE_ANTIALIAS_DEFAULT);
    }
}
