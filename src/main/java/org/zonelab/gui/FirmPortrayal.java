package org.zonelab.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.zonelab.model.Firm;
import org.zonelab.model.Stage;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.param.Param;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * A firm on the map: a dot in its stage's colour. Gazelles, listed firms and unicorns are drawn larger
 * (and unicorns with a white rim), so that a class sees them among the many small firms. Dots grow
 * when the display is zoomed in. Clicking one opens a {@code FirmInspection}.
 */
final class FirmPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** Pixels per degree at which dots have their nominal size. */
    static final double NOMINAL_SCALE = 15;

    /** Dot diameter in pixels at the nominal scale. */
    static double size(Stage stage) {
        return switch (stage) {
            case START_UP -> 2.4;
            case ESTABLISHED -> 2.2;
            case HIGH_TECH -> 2.6;
            case GAZELLE -> 4.0;
            case LISTED -> 4.6;
            case UNICORN -> 7.0;
        };
    }

    static Stage stageOf(Firm firm, ZoneLabModel model) {
        return firm.stage(model.time(), model.parameters().get(Param.STARTUP_YEARS));
    }

    private static double zoom(DrawInfo2D info) {
        return Math.max(0.6, info.draw.width / NOMINAL_SCALE);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Firm firm = (Firm) object;
        Stage stage = stageOf(firm, (ZoneLabModel) info.gui.state);
        double d = size(stage) * zoom(info);
        Ellipse2D dot = new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
        g.setColor(Palette.STAGES.get(stage));
        g.fill(dot);
        if (stage == Stage.UNICORN || info.selected) {
            g.setStroke(new BasicStroke(info.selected ? 2f : 1f));
            g.setColor(Color.WHITE);
            g.draw(dot);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        Stage stage = stageOf((Firm) object, (ZoneLabModel) range.gui.state);
        double r = size(stage) * zoom(range) / 2 + 1.5;
        double dx = range.clip.getCenterX() - range.draw.x;
        double dy = range.clip.getCenterY() - range.draw.y;
        return dx * dx + dy * dy <= r * r;
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        if (wrapper == null) {
            return null;
        }
        return FirmInspection.inspector(new FirmInspection((Firm) wrapper.getObject(), (ZoneLabModel) state.state),
                state);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        if (wrapper == null) {
            return "";
        }
        Firm f = (Firm) wrapper.getObject();
        return "Firm " + f.getId() + " (" + f.getHomeZone() + ")";
    }
}
