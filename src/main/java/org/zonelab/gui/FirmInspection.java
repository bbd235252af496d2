package org.zonelab.gui;

import java.util.List;
import org.zonelab.model.Firm;
import org.zonelab.model.ZoneLabModel;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.util.SimpleProperties;

/** What the inspector shows for a firm: its stage, place, sector, accounts, funding and innovation. */
public final class FirmInspection {
    private final Firm firm;
    private final ZoneLabModel model;

    FirmInspection(Firm firm, ZoneLabModel model) {
        this.firm = firm;
        this.model = model;
    }

    /** A MASON inspector of a firm, its properties in a readable order. */
    static Inspector inspector(FirmInspection f, GUIState state) {
        return new SimpleInspector(new OrderedProperties(new SimpleProperties(f), ORDER), state, "Firm");
    }

    private static final List<String> ORDER = List.of("Id", "Stage", "Active", "HomeZone", "Region", "Sector",
            "AgeYears", "RevenueBn", "Employees", "CashBn", "ValuationBn", "RaisedBn", "Investors", "Knowledge",
            "RdIntensity", "InventionPatents", "PctApplications", "ExportShare", "Branches", "Partners", "Foreign");

    public long getId() { return firm.getId(); }
    public String getStage() { return Palette.label(FirmPortrayal.stageOf(firm, model)); }
    public boolean isActive() { return firm.isActive(); }
    public String desActive() { return "False once the firm has exited"; }
    public String getHomeZone() { return firm.getHomeZone(); }
    public String getRegion() { return firm.home().getRegion(); }
    public String getSector() { return model.sectors().name(firm.sector()); }
    public double getAgeYears() { return firm.age(model.time()); }
    public double getRevenueBn() { return firm.getRevenueBn(); }
    public String desRevenueBn() { return "Revenue, CNY bn per year"; }
    public double getEmployees() { return firm.getEmployees(); }
    public double getCashBn() { return firm.getCashBn(); }
    public double getValuationBn() { return firm.getValuationBn(); }
    public double getRaisedBn() { return firm.getRaisedBn(); }
    public int getInvestors() { return firm.getInvestors(); }
    public double getKnowledge() { return firm.getKnowledge(); }
    public String desKnowledge() { return "Technology level relative to its sector's 2019 mean (1 = average)"; }
    public double getRdIntensity() { return firm.getRdIntensity(); }
    public long getInventionPatents() { return firm.getInventionPatents(); }
    public long getPctApplications() { return firm.getPctApplications(); }
    public double getExportShare() { return firm.getExportShare(); }
    public int getBranches() { return firm.getBranches(); }
    public int getPartners() { return firm.getPartners(); }
    public boolean isForeign() { return firm.isForeign(); }

    @Override
    public String toString() {
        return "Firm " + firm.getId();
    }
}
