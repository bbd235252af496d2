package org.zonelab.policy;

import java.io.Serializable;
import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.param.Param;

/**
 * One of the ten policy levers (docs/ODD.md §7.12), configured by its scenario block. Each quarter in which
 * it is active (intensity above 0, inside its years) it acts on each targeted zone through that
 * zone's {@link org.zonelab.model.ZonePolicy} and charges its spending to the zone's budget. Money
 * buys effect in proportion to the zone's governance efficiency relative to an administrative
 * committee's, so a lever's effective strength in a zone is {@code intensity x efficiency / ref}.
 * The intensity can be changed while a run goes on; the change acts from the next step.
 */
public abstract class Lever implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PolicySetting setting;
    private final String key;
    private final List<LeverParameter> parameters;
    private volatile double intensity;

    /**
     * @param setting the scenario block; its lever key names the {@link LeverSpec} that declares this
     *                lever's key and parameters
     */
    protected Lever(PolicySetting setting) {
        LeverSpec spec = LeverSpec.of(setting.lever())
                .orElseThrow(() -> new IllegalArgumentException("unknown lever " + setting.lever()));
        this.setting = setting;
        this.key = spec.key();
        this.parameters = spec.parameters();
        this.intensity = setting.intensity();
    }

    /** The lever's scenario key. */
    public final String key() {
        return key;
    }

    /** The lever's own parameters. */
    public final List<LeverParameter> parameters() {
        return parameters;
    }

    /**
     * Resets the lever for a new run of the model (called before the first step): its intensity goes
     * back to the scenario block's, undoing changes made during the last run. A lever that keeps other
     * state from one quarter to the next overrides this, resets that state too and calls
     * {@code super.start(model)}.
     */
    public void start(ZoneLabModel model) {
        intensity = setting.intensity();
    }

    /** Acts on one targeted zone this quarter. */
    protected abstract void act(ZoneLabModel model, Zone zone, double effective, double intensity);

    /** Called once per quarter before the zones, when the lever is active. */
    protected void prepare(ZoneLabModel model) {
    }

    public final void apply(ZoneLabModel model) {
        double now = intensity;
        int year = model.year();
        if (now <= 0 || year < setting.fromYear() || year > setting.toYear()) {
            return;
        }
        prepare(model);
        double reference = model.parameters().get(Param.GOVERNANCE_EFFICIENCY_ADMIN);
        for (Zone zone : model.zones()) {
            if (setting.target().includes(zone.getId(), zone.region())) {
                act(model, zone, now * zone.getGovernanceEfficiency() / reference, now);
            }
        }
    }

    /** The value of one of this lever's parameters: the block's setting, or the default. */
    protected final double value(LeverParameter p) {
        return setting.settings().getOrDefault(p.key(), p.defaultValue());
    }

    protected final PolicySetting setting() {
        return setting;
    }

    public final double intensity() {
        return intensity;
    }

    /** Changes the intensity from the next step on. */
    public final void setIntensity(double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("intensity must be a number >= 0, got " + value);
        }
        intensity = value;
    }

    /** Charges a yearly amount (CNY bn, national scale) for this quarter to a zone. */
    protected static void spendYearly(ZoneLabModel model, Zone zone, double perYearBn) {
        if (perYearBn > 0) {
            zone.spend(model, perYearBn * ZoneLabModel.QUARTER);
        }
    }

    /** Convenience for declaring parameters. */
    protected static LeverParameter param(String key, String unit, double defaultValue, double min, double max,
                                          String source, String description) {
        return new LeverParameter(key, unit, defaultValue, min, max, source, description);
    }
}
