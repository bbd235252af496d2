package org.zonelab.gui;

import java.util.Arrays;
import java.util.List;
import org.zonelab.model.Firm;
import org.zonelab.model.Stage;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.util.SimpleProperties;

/**
 * What the inspector shows for a zone: its place, its indicators at the last quarter (national
 * scale, as in the model's output), its facilities and costs, and its firms by stage (national scale:
 * the zone's agents of each stage divided by the scale; each firm counts once, at its most advanced
 * stage).
 */
public final class ZoneInspection {
    private final Zone zone;
    private final ZoneLabModel model;
    private long countedAt = -1;
    private final double[] byStage = new double[Stage.values().length];

    ZoneInspection(Zone zone, ZoneLabModel model) {
        this.zone = zone;
        this.model = model;
    }

    /** A MASON inspector of a zone, its properties in a readable order. */
    static Inspector inspector(ZoneInspection z, GUIState state) {
        return new SimpleInspector(new OrderedProperties(new SimpleProperties(z), ORDER), state, "Zone");
    }

    private static final List<String> ORDER = List.of("Name", "City", "Province", "Region", "ApprovedYear",
            "GdpQuarterBn", "Employees", "Firms", "StartUps", "Established", "HighTechFirms", "Gazelles", "Unicorns",
            "Listed", "HighTechEnterprises", "BranchesIn", "BranchesOut", "RelocationsIn", "RelocationsOut",
            "Incubators", "MakerSpaces", "PlatformStrength", "RentIndex", "LandUsedShare", "Talent", "Governance",
            "GovernanceEfficiency", "Regulation", "BudgetBn");

    private double stage(Stage s) {
        long steps = model.schedule.getSteps();
        if (steps != countedAt) {
            Arrays.fill(byStage, 0);
            for (Firm f : model.firms()) {
                if (f.isActive() && f.home() == zone) {
                    byStage[FirmPortrayal.stageOf(f, model).ordinal()]++;
                }
            }
            countedAt = steps;
        }
        return byStage[s.ordinal()] / model.scale();
    }

    public String getName() { return zone.getName(); }
    public String getCity() { return zone.seed().city(); }
    public String getProvince() { return zone.seed().province(); }
    public String getRegion() { return zone.getRegion(); }
    public int getApprovedYear() { return zone.seed().approvedYear(); }

    public double getGdpQuarterBn() { return zone.getGdpQuarterBn(); }
    public String desGdpQuarterBn() { return "Zone GDP (value added) in the last quarter, CNY bn"; }
    public double getEmployees() { return zone.getEmployees(); }
    public double getFirms() { return zone.getFirms(); }
    public String desFirms() { return "Firms headquartered here at the last measurement (national scale)"; }

    public double getStartUps() { return stage(Stage.START_UP); }
    public String nameStartUps() { return "Firms by stage: start-ups"; }
    public double getEstablished() { return stage(Stage.ESTABLISHED); }
    public String nameEstablished() { return "Firms by stage: established"; }
    public double getHighTechFirms() { return stage(Stage.HIGH_TECH); }
    public String nameHighTechFirms() { return "Firms by stage: high-tech"; }
    public double getGazelles() { return stage(Stage.GAZELLE); }
    public String nameGazelles() { return "Firms by stage: gazelles"; }
    public double getUnicorns() { return stage(Stage.UNICORN); }
    public String nameUnicorns() { return "Firms by stage: unicorns"; }
    public double getListed() { return stage(Stage.LISTED); }
    public String nameListed() { return "Firms by stage: listed"; }

    public double getHighTechEnterprises() { return zone.getHighTechEnterprises(); }
    public String desHighTechEnterprises() { return "All certified high-tech enterprises here, whatever their stage"; }
    public double getBranchesIn() { return zone.getBranchesIn(); }
    public double getBranchesOut() { return zone.getBranchesOut(); }
    public long getRelocationsIn() { return zone.getRelocationsIn(); }
    public long getRelocationsOut() { return zone.getRelocationsOut(); }

    public int getIncubators() { return zone.getIncubators(); }
    public int getMakerSpaces() { return zone.getMakerSpaces(); }
    public double getPlatformStrength() { return zone.getPlatformStrength(); }
    public double getRentIndex() { return zone.getRentIndex(); }
    public double getLandUsedShare() { return zone.getLandUsedShare(); }
    public double getTalent() { return zone.getTalent(); }
    public String getGovernance() { return zone.getGovernance(); }
    public double getGovernanceEfficiency() { return zone.getGovernanceEfficiency(); }
    public String getRegulation() { return zone.getRegulation(); }
    public double getBudgetBn() { return zone.getBudgetBn(); }

    @Override
    public String toString() {
        return zone.getName();
    }
}
