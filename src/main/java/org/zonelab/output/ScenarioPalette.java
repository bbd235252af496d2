package org.zonelab.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * The colour (and line dash) of each scenario, by its position in a comparison, so that a scenario
 * looks the same in every chart of a report. The colours are the Okabe-Ito palette, distinguishable
 * with the common colour-vision deficiencies; dashes keep lines apart in grey-scale print.
 */
public final class ScenarioPalette {
    private static final Color[] COLOURS = {
        new Color(0x00, 0x72, 0xB2), // blue
        new Color(0xD5, 0x5E, 0x00), // vermillion
        new Color(0x00, 0x9E, 0x73), // bluish green
        new Color(0xCC, 0x79, 0xA7), // reddish purple
        new Color(0xE6, 0x9F, 0x00), // orange
        new Color(0x56, 0xB4, 0xE9), // sky blue
        new Color(0x00, 0x00, 0x00), // black
    };
    private static final float[][] DASHES = {null, {12f, 6f}, {3f, 4f}, {12f, 4f, 3f, 4f}, {20f, 6f}, {6f, 3f}, {2f, 2f}};

    private ScenarioPalette() {
    }

    /** The colour of scenario k (0 = the reference). */
    public static Color colour(int k) {
        Color c = COLOURS[k % COLOURS.length];
        return k < COLOURS.length ? c : c.darker();
    }

    /** The colour as {@code #rrggbb}, for the report. */
    public static String hex(int k) {
        Color c = colour(k);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** The colour with an alpha, for confidence bands. */
    public static Color translucent(int k, int alpha) {
        Color c = colour(k);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** The line stroke of scenario k: solid for the reference, dashed for the others. */
    public static Stroke line(int k, float width) {
        float[] dash = DASHES[k % DASHES.length];
        return dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }
}
