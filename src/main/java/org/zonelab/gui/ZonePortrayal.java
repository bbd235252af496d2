package org.zonelab.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * A zone on the map: a disc in its macro-region's colour whose area follows the zone's GDP (the
 * diameter grows with the square root of GDP, relative to the largest zone at the start), with the
 * host city's name on the largest zones (drawn on top by {@link LegendPortrayal}). Discs are drawn over
 * the firms with a light fill, so that the firms show through. Clicking a disc opens a
 * {@code ZoneInspection}.
 */
final class ZonePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** Diameter of a zone with no GDP, degrees. */
    static final double MIN_DIAMETER = 0.3;
    /** Extra diameter of the largest zone at the start, degrees. */
    static final double DIAMETER_PER_SQRT_GDP_SHARE = 1.3;
    /** Largest diameter, degrees (a zone may outgrow the largest zone at the start). */
    static final double MAX_DIAMETER = 3.0;
    /** Zones labelled with their city. */
    static final int LABELLED = 8;
    /** Labelled zones are at least this far apart in longitude or latitude, degrees. */
    static final double LABEL_SPACING_LON = 6;
    static final double LABEL_SPACING_LAT = 2.5;

    private double gdpReference = 1;
    private Set<Zone> labelled = Set.of();

    /** Sets the GDP of a full-size disc and the labelled zones from the model's state at the start. */
    void reset(ZoneLabModel model) {
        gdpReference = Math.max(1e-9, model.zones().stream().mapToDouble(Zone::getGdpQuarterBn).max().orElse(1));
        // The largest zones, skipping any too close to one already labelled, so that labels do not overlap.
        List<Zone> bySize = model.zones().stream()
                .sorted(Comparator.comparingDouble(Zone::getGdpQuarterBn).reversed().thenComparingInt(Zone::index))
                .toList();
        List<Zone> chosen = new ArrayList<>();
        for (Zone z : bySize) {
            if (chosen.size() == LABELLED) {
                break;
            }
            if (chosen.stream().noneMatch(c -> near(c, z))) {
                chosen.add(z);
            }
        }
        labelled = Set.copyOf(chosen);
    }

    private static boolean near(Zone a, Zone b) {
        return Math.abs(a.seed().lon() - b.seed().lon()) < LABEL_SPACING_LON
                && Math.abs(a.seed().lat() - b.seed().lat()) < LABEL_SPACING_LAT;
    }

    /** The zones whose city the map names (drawn by the top layer, {@link LegendPortrayal}). */
    Set<Zone> labelled() {
        return labelled;
    }

    /** Diameter of a zone's disc, degrees. */
    double diameter(Zone zone) {
        double share = Math.max(0, zone.getGdpQuarterBn()) / gdpReference;
        return Math.min(MAX_DIAMETER, MIN_DIAMETER + DIAMETER_PER_SQRT_GDP_SHARE * Math.sqrt(share));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Zone zone = (Zone) object;
        double d = diameter(zone) * info.draw.width;
        Ellipse2D disc = new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
        Color c = Palette.REGIONS.get(zone.region());
        g.setColor(Palette.withAlpha(c, 60));
        g.fill(disc);
        g.setStroke(new BasicStroke((float) Math.max(2.0, info.draw.width * 0.14)));
        g.setColor(c);
        g.draw(disc);
        if (info.selected) {
            g.setStroke(new BasicStroke(2f));
            g.setColor(Color.WHITE);
            g.draw(new Ellipse2D.Double(disc.getX() - 3, disc.getY() - 3, d + 6, d + 6));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double r = diameter((Zone) object) * range.draw.width / 2 + 1;
        double dx = range.clip.getCenterX() - range.draw.x;
        double dy = range.clip.getCenterY() - range.draw.y;
        return dx * dx + dy * dy <= r * r;
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        if (wrapper == null) {
            return null;
        }
        ZoneInspection z = new ZoneInspection((Zone) wrapper.getObject(), (ZoneLabModel) state.state);
        return ZoneInspection.inspector(z, state);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        if (wrapper == null) {
            return "";
        }
        Zone z = (Zone) wrapper.getObject();
        return z.getName() + " (" + z.seed().city() + ", " + z.getRegion() + ")";
    }
}
