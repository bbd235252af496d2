package org.zonelab.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * A branch or partnership link: a thin translucent line. Branches into another macro-region (the
 * edge's info is {@code true}) are drawn brighter than branches within a region.
 */
final class LinkPortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;

    private final Color plain;
    private final Color crossRegion;

    private LinkPortrayal(Color plain, Color crossRegion) {
        super(plain, null);
        this.plain = plain;
        this.crossRegion = crossRegion;
    }

    /** Branches: brighter when they cross macro-regions. */
    static LinkPortrayal branches() {
        return new LinkPortrayal(Palette.BRANCH_SAME_REGION, Palette.BRANCH_CROSS_REGION);
    }

    /** Partnerships: one colour. */
    static LinkPortrayal partnerships() {
        return new LinkPortrayal(Palette.PARTNERSHIP, Palette.PARTNERSHIP);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Color c = object instanceof Edge e && Boolean.TRUE.equals(e.info) ? crossRegion : plain;
        fromPaint = c;
        toPaint = c;
        super.draw(object, graphics, info);
    }
}
