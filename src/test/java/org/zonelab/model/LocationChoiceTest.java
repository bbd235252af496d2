package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zonelab.model.geo.Region;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Issue 13, defect 3: headquarters move on expected profit (docs/ODD.md §7.8). The zones' value is the
 * margin of the firms' own accounts, wages included, at each zone's productivity; with wages that only
 * follow productivity (spatial equilibrium) moves go east and up the hierarchy of zones, as in E-A 5a,
 * and with wages as pure costs they go to the low-wage regions.
 */
class LocationChoiceTest {
    private static final long[] SEEDS = {31L, 32L};

    @Test
    void theChoiceValuesAZoneWithTheFirmsOwnAccounts() {
        Parameters p = Parameters.defaults().with(Param.FIXED_COST_BN, 0);
        ZoneLabModel m = Worlds.started(Worlds.config(0.02, 1, p), 5L);
        int checked = 0;
        for (Firm f : m.firms()) {
            if (f.highTech || f.accounts.revenue < 0.01) {
                continue;
            }
            Growth.Accounts a = Growth.accounts(m.firmContext(), p, f, 0);
            double preTax = a.netProfit() > 0 ? a.netProfit() / (1 - p.get(Param.CIT_RATE)) : a.netProfit();
            double margin = Growth.zoneMargin(p, m.wageIndex, m.employeesFor(1.0, f.home), f.home);
            assertEquals(preTax / a.revenue(), margin, 1e-9, "margin of a firm in " + f.home.seed().city());
            if (++checked == 200) {
                break;
            }
        }
        assertEquals(200, checked);
    }

    @Test
    void productivityFollowsTheRegionsWagesAndTheZonesSize() {
        // Market access apart (its own test below), so that the two terms of the law are seen alone.
        ZoneLabModel m = Worlds.started(Worlds.config(0.02, 1, Parameters.defaults().with(Param.MARKET_ACCESS_ELASTICITY, 0)), 5L);
        Parameters p = m.parameters();
        double staff = 0;
        double flatStaff = 0;
        for (Firm f : m.firms()) {
            staff += f.accounts.employees;
            flatStaff += f.accounts.revenue * 1000 / p.get(Param.REVENUE_PER_EMPLOYEE_MN);
        }
        assertEquals(flatStaff, staff, 0.03 * flatStaff, "the normaliser keeps the national staff of 2019");

        Zone big = m.zones().get(0);
        Zone east = m.zones().stream().filter(z -> z.region() == Region.EAST && z != big).findFirst().orElseThrow();
        Zone northeast = m.zones().stream().filter(z -> z.region() == Region.NORTHEAST).findFirst().orElseThrow();
        double[] gdp = new double[m.zones().size()];
        java.util.Arrays.fill(gdp, 1.0);
        gdp[big.index()] = 8.0;
        m.zoneProductivity.update(p, m.zones(), gdp, m::distanceKm);
        double elasticity = p.get(Param.AGGLOMERATION_ELASTICITY);
        assertEquals(Math.pow(8.0, elasticity), big.productivity / east.productivity, 1e-9, "agglomeration: eight times the GDP");
        assertEquals(p.get(Param.WAGE_NORTHEAST), northeast.productivity / east.productivity, 1e-9, "the region's wage level");
        assertTrue(big.region() == Region.EAST && elasticity > 0);
    }

    @Test
    void movesGoEastWhenProductivityPaysTheWagesAndToLowWageRegionsWhenItDoesNot() {
        Map<Region, Long> equilibrium = netMoves(Parameters.defaults());
        Map<Region, Long> pureCost = netMoves(Parameters.defaults().with(Param.PRODUCTIVITY_WAGE_PASSTHROUGH, 0));
        assertTrue(equilibrium.get(Region.EAST) > 0, "the East gains headquarters on net: " + equilibrium);
        assertTrue(equilibrium.get(Region.NORTHEAST) <= 0 && equilibrium.get(Region.WEST) <= 0,
                "the West and the Northeast do not gain: " + equilibrium);
        assertTrue(pureCost.get(Region.NORTHEAST) > equilibrium.get(Region.NORTHEAST),
                "with wages as pure costs the Northeast gains more: " + pureCost + " vs " + equilibrium);
        assertTrue(pureCost.get(Region.EAST) < equilibrium.get(Region.EAST),
                "with wages as pure costs the East gains less: " + pureCost + " vs " + equilibrium);
    }

    @Test
    void marketAccessRaisesTheProductivityOfZonesNearTheOthersGdp() {
        ZoneLabModel m = Worlds.started(Worlds.config(0.02, 1), 5L);
        Parameters p = m.parameters();
        double[] gdp = new double[m.zones().size()];
        for (Zone z : m.zones()) {
            gdp[z.index()] = z.gdpQuarterBn;
        }
        double[] access = ZoneProductivity.relativeMarketAccess(p, m.zones(), gdp, m::distanceKm);
        Map<Region, double[]> byRegion = new EnumMap<>(Region.class);
        for (Zone z : m.zones()) {
            double[] sum = byRegion.computeIfAbsent(z.region(), r -> new double[2]);
            sum[0] += Math.log(access[z.index()]);
            sum[1]++;
        }
        double east = byRegion.get(Region.EAST)[0] / byRegion.get(Region.EAST)[1];
        for (Region r : new Region[] {Region.WEST, Region.NORTHEAST}) {
            double mean = byRegion.get(r)[0] / byRegion.get(r)[1];
            assertTrue(mean < east, r + " has less market access than the East: " + mean + " vs " + east);
        }
        Zone a = m.zones().get(0);
        double[] doubled = gdp.clone();
        doubled[a.index()] *= 2;
        double[] after = ZoneProductivity.relativeMarketAccess(p, m.zones(), doubled, m::distanceKm);
        double ownChange = after[a.index()] / access[a.index()];
        assertTrue(ownChange < 1, "a zone's own GDP is not its market access (the mean rose): " + ownChange);
        double[] off = ZoneProductivity.relativeMarketAccess(p.with(Param.MARKET_ACCESS_ELASTICITY, 0), m.zones(), gdp,
                m::distanceKm);
        assertEquals(1.0, off[a.index()], 0.0, "no market access without the elasticity");
    }

    @Test
    void marketAccessSendsMovesEastAndTakesThemFromTheWestAndTheNortheast() {
        Map<Region, Long> with = netMoves(Parameters.defaults());
        Map<Region, Long> without = netMoves(Parameters.defaults().with(Param.MARKET_ACCESS_ELASTICITY, 0));
        assertTrue(with.get(Region.EAST) > without.get(Region.EAST), "the East gains more: " + with + " vs " + without);
        assertTrue(with.get(Region.WEST) + with.get(Region.NORTHEAST) < without.get(Region.WEST) + without.get(Region.NORTHEAST),
                "the West and the Northeast lose more: " + with + " vs " + without);
        assertTrue(with.get(Region.NORTHEAST) < 0, "the Northeast loses headquarters on net: " + with);
    }

    /** Headquarters moved into each region less those moved out, over four years and the seeds. */
    private static Map<Region, Long> netMoves(Parameters p) {
        Map<Region, Long> net = new EnumMap<>(Region.class);
        for (Region r : Region.values()) {
            net.put(r, 0L);
        }
        for (long seed : SEEDS) {
            ZoneLabModel m = Worlds.runToEnd(Worlds.started(Worlds.config(0.1, 4, p), seed));
            for (Zone z : m.zones()) {
                net.merge(z.region(), z.getRelocationsIn() - z.getRelocationsOut(), Long::sum);
            }
        }
        return net;
    }
}
