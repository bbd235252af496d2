package org.zonelab.gui;

import java.util.ArrayList;
import java.util.List;
import org.zonelab.model.Param;
import org.zonelab.model.Parameters;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.policy.Lever;
import sim.util.Interval;

/**
 * The model inspector: the ten policy levers (intensity 0..2 on the slider; 1 is the documented full
 * programme) and the main model parameters (their documented ranges), as MASON properties
 * ({@code getX}/{@code setX}/{@code domX}, with {@code nameX} and {@code desX} for the label and the
 * tooltip), and a few read-outs. A change takes effect at the model's next step. Setters ignore values
 * outside the allowed range, as MASON's inspectors expect; a lever outside its scenario's years stays
 * idle whatever its intensity.
 */
public final class ModelControls {
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

    // ---- Levers ---------------------------------------------------------------------------------

    double lever(String key) {
        return gui.programme().lever(key).map(Lever::intensity).orElse(0.0);
    }

    void setLever(String key, double value) {
        if (value >= 0 && value <= MAX_INTENSITY) {
            gui.programme().lever(key).ifPresent(l -> l.setIntensity(value));
        }
    }

    public double getClusters() { return lever("clusters"); }
    public void setClusters(double v) { setLever("clusters", v); }
    public Object domClusters() { return LEVER_DOMAIN; }
    public String nameClusters() { return "1 Clusters"; }
    public String desClusters() {
        return "Lever 1: world-class clusters and new tracks: anchor firms, localisation spillovers, sector fusion.";
    }

    public double getApplicationScenarios() { return lever("application_scenarios"); }
    public void setApplicationScenarios(double v) { setLever("application_scenarios", v); }
    public Object domApplicationScenarios() { return LEVER_DOMAIN; }
    public String nameApplicationScenarios() { return "2 Application scenarios"; }
    public String desApplicationScenarios() {
        return "Lever 2: pilot contracts for young firms with a technical lead; more gazelles and unicorns.";
    }

    public double getThreeHigh() { return lever("three_high"); }
    public void setThreeHigh(double v) { setLever("three_high", v); }
    public Object domThreeHigh() { return LEVER_DOMAIN; }
    public String nameThreeHigh() { return "3 High-growth firms"; }
    public String desThreeHigh() {
        return "Lever 3: gazelle certification and a government unicorn fund co-investing in rounds.";
    }

    public double getNewRnd() { return lever("new_rnd"); }
    public void setNewRnd(double v) { setLever("new_rnd", v); }
    public Object domNewRnd() { return LEVER_DOMAIN; }
    public String nameNewRnd() { return "4 New R&D institutions"; }
    public String desNewRnd() {
        return "Lever 4: R&D platforms, R&D subsidies, and a cushion against technology decoupling.";
    }

    public double getEntrepreneurship() { return lever("entrepreneurship"); }
    public void setEntrepreneurship(double v) { setLever("entrepreneurship", v); }
    public Object domEntrepreneurship() { return LEVER_DOMAIN; }
    public String nameEntrepreneurship() { return "5 Entrepreneurship"; }
    public String desEntrepreneurship() {
        return "Lever 5: new incubators and maker spaces; more start-ups per venue, better early survival.";
    }

    public double getIntegration() { return lever("integration"); }
    public void setIntegration(double v) { setLever("integration", v); }
    public Object domIntegration() { return LEVER_DOMAIN; }
    public String nameIntegration() { return "6 Industry-city integration"; }
    public String desIntegration() {
        return "Lever 6: intensive land use (lower rents), infrastructure and livability (more talent).";
    }

    public double getRegionalCoordination() { return lever("regional_coordination"); }
    public void setRegionalCoordination(double v) { setLever("regional_coordination", v); }
    public Object domRegionalCoordination() { return LEVER_DOMAIN; }
    public String nameRegionalCoordination() { return "7 Regional coordination"; }
    public String desRegionalCoordination() {
        return "Lever 7: co-built parks, subsidised space and branch incentives for lagging zones.";
    }

    public double getOpenness() { return lever("openness"); }
    public void setOpenness(double v) { setLever("openness", v); }
    public Object domOpenness() { return LEVER_DOMAIN; }
    public String nameOpenness() { return "8 Openness"; }
    public String desOpenness() {
        return "Lever 8: international parks; foreign entrants, FDI and wider export access.";
    }

    public double getRegulation() { return lever("regulation"); }
    public void setRegulation(double v) { setLever("regulation", v); }
    public Object domRegulation() { return LEVER_DOMAIN; }
    public String nameRegulation() { return "9 Inclusive regulation"; }
    public String desRegulation() {
        return "Lever 9: a regulatory sandbox for new business models in digital sectors.";
    }

    public double getGovernance() { return lever("governance"); }
    public void setGovernance(double v) { setLever("governance", v); }
    public Object domGovernance() { return LEVER_DOMAIN; }
    public String nameGovernance() { return "10 Governance reform"; }
    public String desGovernance() {
        return "Lever 10: management reform; every programme yuan buys more, firms face less friction.";
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

    private static Interval domain(Param p) {
        return new Interval(p.min(), p.max());
    }

    private static String describe(Param p) {
        return p.description() + " (" + p.unit() + "; default " + p.defaultValue() + ")";
    }

    public double getEntryRate() { return parameter(Param.ENTRY_RATE); }
    public void setEntryRate(double v) { setParameter(Param.ENTRY_RATE, v); }
    public Object domEntryRate() { return domain(Param.ENTRY_RATE); }
    public String nameEntryRate() { return Param.ENTRY_RATE.key(); }
    public String desEntryRate() { return describe(Param.ENTRY_RATE); }

    public double getGrowthDrift() { return parameter(Param.GROWTH_DRIFT); }
    public void setGrowthDrift(double v) { setParameter(Param.GROWTH_DRIFT, v); }
    public Object domGrowthDrift() { return domain(Param.GROWTH_DRIFT); }
    public String nameGrowthDrift() { return Param.GROWTH_DRIFT.key(); }
    public String desGrowthDrift() { return describe(Param.GROWTH_DRIFT); }

    public double getRentLevel() { return parameter(Param.RENT_LEVEL); }
    public void setRentLevel(double v) { setParameter(Param.RENT_LEVEL, v); }
    public Object domRentLevel() { return domain(Param.RENT_LEVEL); }
    public String nameRentLevel() { return Param.RENT_LEVEL.key(); }
    public String desRentLevel() { return describe(Param.RENT_LEVEL); }

    public double getHomeBias() { return parameter(Param.HOME_BIAS); }
    public void setHomeBias(double v) { setParameter(Param.HOME_BIAS, v); }
    public Object domHomeBias() { return domain(Param.HOME_BIAS); }
    public String nameHomeBias() { return Param.HOME_BIAS.key(); }
    public String desHomeBias() { return describe(Param.HOME_BIAS); }

    public double getPartnerFormationRate() { return parameter(Param.PARTNER_FORMATION_RATE); }
    public void setPartnerFormationRate(double v) { setParameter(Param.PARTNER_FORMATION_RATE, v); }
    public Object domPartnerFormationRate() { return domain(Param.PARTNER_FORMATION_RATE); }
    public String namePartnerFormationRate() { return Param.PARTNER_FORMATION_RATE.key(); }
    public String desPartnerFormationRate() { return describe(Param.PARTNER_FORMATION_RATE); }

    public double getBranchReviewRate() { return parameter(Param.BRANCH_REVIEW_RATE); }
    public void setBranchReviewRate(double v) { setParameter(Param.BRANCH_REVIEW_RATE, v); }
    public Object domBranchReviewRate() { return domain(Param.BRANCH_REVIEW_RATE); }
    public String nameBranchReviewRate() { return Param.BRANCH_REVIEW_RATE.key(); }
    public String desBranchReviewRate() { return describe(Param.BRANCH_REVIEW_RATE); }

    public double getRelocationReviewRate() { return parameter(Param.RELOCATION_REVIEW_RATE); }
    public void setRelocationReviewRate(double v) { setParameter(Param.RELOCATION_REVIEW_RATE, v); }
    public Object domRelocationReviewRate() { return domain(Param.RELOCATION_REVIEW_RATE); }
    public String nameRelocationReviewRate() { return Param.RELOCATION_REVIEW_RATE.key(); }
    public String desRelocationReviewRate() { return describe(Param.RELOCATION_REVIEW_RATE); }

    public double getZoneProgrammeShare() { return parameter(Param.ZONE_PROGRAMME_SHARE); }
    public void setZoneProgrammeShare(double v) { setParameter(Param.ZONE_PROGRAMME_SHARE, v); }
    public Object domZoneProgrammeShare() { return domain(Param.ZONE_PROGRAMME_SHARE); }
    public String nameZoneProgrammeShare() { return Param.ZONE_PROGRAMME_SHARE.key(); }
    public String desZoneProgrammeShare() { return describe(Param.ZONE_PROGRAMME_SHARE); }

    // ---- Read-outs ------------------------------------------------------------------------------

    public String getScenario() { return gui.setup().name(); }
    public String nameScenario() { return "Scenario"; }

    public String getQuarter() { return gui.dateText(); }
    public String nameQuarter() { return "Quarter"; }
    public String desQuarter() { return "The last quarter simulated (the state at the end of the year before, at the start)."; }

    public double getScale() { return gui.model().scale(); }
    public String nameScale() { return "Scale"; }
    public String desScale() { return "Share of real firms represented: each firm dot stands for 1/scale firms."; }

    /** The property names (as shown) in inspector order: read-outs, levers, then parameters. */
    static List<String> order() {
        List<String> names = new ArrayList<>(List.of("Scenario", "Quarter", "Scale", "1 Clusters",
                "2 Application scenarios", "3 High-growth firms", "4 New R&D institutions", "5 Entrepreneurship",
                "6 Industry-city integration", "7 Regional coordination", "8 Openness", "9 Inclusive regulation",
                "10 Governance reform"));
        for (Param p : PARAMETERS) {
            names.add(p.key());
        }
        return names;
    }
}
