package org.zonelab.gui;

import java.util.ArrayList;
import java.util.List;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;
import org.zonelab.policy.Lever;
import org.zonelab.policy.LeverSpec;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * The model inspector: a few read-outs, the ten policy levers (intensity 0..2 on the slider; 1 is the
 * documented full programme) and the main model parameters (their documented ranges), as MASON
 * properties generated from their declarations ({@link LeverSpec} and {@link Param}), in that order. A
 * change takes effect at the model's next step. Setters ignore values outside the allowed range, as
 * MASON's inspectors expect; a lever outside its scenario's years stays idle whatever its intensity.
 */
public final class ModelControls implements Propertied {
    /** Slider range of a lever's intensity (scenario files allow up to 5; the text field takes that too). */
    public static final Interval LEVER_DOMAIN = new Interval(0.0, 2.0);
    /** Largest intensity a setter accepts, as in scenario files. */
    public static final double MAX_INTENSITY = 5;

    /** The parameters shown as sliders, in inspector order. */
    public static final List<Param> PARAMETERS = List.of(Param.ENTRY_RATE, Param.GROWTH_DRIFT, Param.RENT_LEVEL,
            Param.HOME_BIAS, Param.PARTNER_FORMATION_RATE, Param.BRANCH_REVIEW_RATE, Param.RELOCATION_REVIEW_RATE,
            Param.ZONE_PROGRAMME_SHARE);

    private final ZoneLabWithUI gui;
    /** Parameters set through the inspector (null while none is); re-applied when the model restarts. */
    private Parameters requested;

    ModelControls(ZoneLabWithUI gui) {
        this.gui = gui;
    }

    /** Before a (re)start: the parameters set through the inspector also hold for the new run. */
    void beforeStart(ZoneLabModel model) {
        if (requested != null) {
            model.setParameters(requested);
        }
    }

    /** After a checkpoint is loaded: its parameters are the ones shown. */
    void adopt() {
        requested = null;
    }

    /** The inspector's properties: read-outs, then one slider per lever, then one per parameter. */
    @Override
    public Properties properties() {
        return new ControlProperties(this, rows());
    }

    /** The rows of {@link #properties}, in that order. */
    List<ControlProperties.Row> rows() {
        List<ControlProperties.Row> rows = new ArrayList<>();
        rows.add(ControlProperties.Row.readOut("Scenario", null, String.class, () -> gui.setup().name()));
        rows.add(ControlProperties.Row.readOut("Quarter",
                "The last quarter simulated (the state at the end of the year before, at the start).",
                String.class, gui::dateText));
        rows.add(ControlProperties.Row.readOut("Scale",
                "Share of real firms represented: each firm dot stands for 1/scale firms.",
                double.class, () -> gui.model().scale()));
        for (LeverSpec lever : LeverSpec.values()) {
            rows.add(new ControlProperties.Row(leverName(lever), "Lever " + lever.number() + ": " + lever.summary(),
                    LEVER_DOMAIN, () -> lever(lever.key()), v -> setLever(lever.key(), v)));
        }
        for (Param p : PARAMETERS) {
            rows.add(new ControlProperties.Row(p.key(), p.description() + " (" + p.unit() + "; default "
                    + p.defaultValue() + ")", new Interval(p.min(), p.max()), () -> parameter(p),
                    v -> setParameter(p, v)));
        }
        return rows;
    }

    /** The name a lever's slider shows: its number and label, e.g. {@code 7 Regional coordination}. */
    static String leverName(LeverSpec lever) {
        return lever.number() + " " + lever.label();
    }

    // ---- Levers ---------------------------------------------------------------------------------

    double lever(String key) {
        return gui.programme().lever(key).map(Lever::intensity).orElse(0.0);
    }

    void setLever(String key, double value) {
        if (value >= 0 && value <= MAX_INTENSITY) {
            gui.programme().setIntensity(key, value);
        }
    }

    // ---- Parameters -----------------------------------------------------------------------------

    double parameter(Param p) {
        return (requested != null ? requested : gui.model().parameters()).get(p);
    }

    void setParameter(Param p, double value) {
        if (!p.accepts(value)) {
            return;
        }
        requested = (requested != null ? requested : gui.model().parameters()).with(p, value);
        gui.model().setParameters(requested);
    }

    /** The values of the sliders (levers, then parameters, in inspector order). */
    double[] sliders() {
        double[] v = new double[LeverSpec.values().length + PARAMETERS.size()];
        int k = 0;
        for (LeverSpec lever : LeverSpec.values()) {
            v[k++] = lever(lever.key());
        }
        for (Param p : PARAMETERS) {
            v[k++] = parameter(p);
        }
        return v;
    }

    /** Sets the sliders to these values (as {@link #sliders} lists them), as if moved by hand. */
    void setSliders(double[] v) {
        int k = 0;
        for (LeverSpec lever : LeverSpec.values()) {
            setLever(lever.key(), v[k++]);
        }
        for (Param p : PARAMETERS) {
            setParameter(p, v[k++]);
        }
    }

    /** The property names (as shown) in inspector order: read-outs, levers, then parameters. */
    static List<String> order() {
        List<String> names = new ArrayList<>(List.of("Scenario", "Quarter", "Scale"));
        for (LeverSpec lever : LeverSpec.values()) {
            names.add(leverName(lever));
        }
        for (Param p : PARAMETERS) {
            names.add(p.key());
        }
        return names;
    }
}
