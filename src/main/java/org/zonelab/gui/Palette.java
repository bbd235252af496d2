package org.zonelab.gui;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.zonelab.model.Stage;
import org.zonelab.model.geo.Region;

/**
 * The map's colours: macro-regions for zones, stages for firms, and the map itself. Region and stage
 * colours are far apart, so that a class can tell zones from firms, and a test can count both.
 */
public final class Palette {
    private Palette() {
    }

    /** Outside China. */
    public static final Color SEA = new Color(0x17, 0x1f, 0x2b);
    /** China's land. */
    public static final Color LAND = new Color(0x2a, 0x36, 0x45);
    /** China's border. */
    public static final Color BORDER = new Color(0x9a, 0xb0, 0xc8);
    /** Text on the map. */
    public static final Color TEXT = new Color(0xf2, 0xf5, 0xf8);
    /** Background of the legend and the date panel. */
    public static final Color PANEL = new Color(0x0d, 0x12, 0x1a, 0xd8);

    /** Zone rings and fills, by macro-region. */
    public static final Map<Region, Color> REGIONS = new EnumMap<>(Map.of(
            Region.EAST, new Color(0x3d, 0x7b, 0xe0),
            Region.CENTRAL, new Color(0xe8, 0x6a, 0x2e),
            Region.WEST, new Color(0x34, 0xa8, 0x45),
            Region.NORTHEAST, new Color(0xa8, 0x6c, 0xf0)));

    /** Firm dots, by stage. */
    public static final Map<Stage, Color> STAGES = new EnumMap<>(Map.of(
            Stage.START_UP, new Color(0x9c, 0xe6, 0xff),
            Stage.ESTABLISHED, new Color(0x80, 0x8b, 0x99),
            Stage.HIGH_TECH, new Color(0x4f, 0xe0, 0xb0),
            Stage.GAZELLE, new Color(0xff, 0xc4, 0x1f),
            Stage.UNICORN, new Color(0xff, 0x3d, 0xd0),
            Stage.LISTED, new Color(0xff, 0xff, 0xff)));

    /** Branch to a zone in the firm's own macro-region. */
    public static final Color BRANCH_SAME_REGION = new Color(0xb4, 0xc2, 0xd6, 0x30);
    /** Branch to a zone in another macro-region. */
    public static final Color BRANCH_CROSS_REGION = new Color(0xff, 0xe0, 0x8a, 0x58);
    /** Partnership between two firms. */
    public static final Color PARTNERSHIP = new Color(0xc8, 0x9c, 0xff, 0x48);

    /** The colour with another alpha (0..255). */
    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** How a stage is called in the legend. */
    public static String label(Stage stage) {
        return switch (stage) {
            case START_UP -> "Start-up";
            case ESTABLISHED -> "Established";
            case HIGH_TECH -> "High-tech enterprise";
            case GAZELLE -> "Gazelle";
            case UNICORN -> "Unicorn";
            case LISTED -> "Listed";
        };
    }
}
