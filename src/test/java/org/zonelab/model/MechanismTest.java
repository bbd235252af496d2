package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Each mechanism is proven by its effect: two arms with the same seeds, one parameter changed, and
 * the indicator that mechanism drives moves the right way.
 */
class MechanismTest {
    private static final long[] SEEDS = {11L, 12L};
    private static final double SCALE = 0.05;

    /** Sum over the seeds of a measure of a model run with these parameters. */
    private static double arm(Parameters parameters, int years, ToDoubleFunction<ZoneLabModel> measure) {
        double sum = 0;
        for (long seed : SEEDS) {
            sum += measure.applyAsDouble(Worlds.runToEnd(Worlds.started(Worlds.config(SCALE, years, parameters), seed)));
        }
        return sum;
    }

    private static Parameters with(Param p, double value) {
        return Parameters.defaults().with(p, value);
    }

    @Test
    void higherRndProductivityGivesMoreKnowledge() {
        // R&D productivity turns R&D intensity into knowledge (docs/ODD.md §7.4); patents follow R&D
        // spending, so they move with it only through growth, which the calibrated growth_knowledge makes weak.
        ToDoubleFunction<ZoneLabModel> meanKnowledge = m -> m.firms().stream().filter(f -> f.active)
                .mapToDouble(f -> f.lnKnowledge).average().orElseThrow();
        double low = arm(with(Param.RND_PRODUCTIVITY, 0.5), 5, meanKnowledge);
        double high = arm(with(Param.RND_PRODUCTIVITY, 3.0), 5, meanKnowledge);
        assertTrue(high > low, "mean log knowledge with productive R&D " + high + " vs " + low);
    }

    @Test
    void higherRentInAZoneDrivesRelocationsOutOfIt() {
        ToDoubleFunction<Double> outflows = premium -> {
            double sum = 0;
            for (long seed : SEEDS) {
                ZoneLabModel m = Worlds.started(Worlds.config(0.1, 4), seed);
                Zone zgc = m.zones().get(0);
                zgc.setRentPremium(premium);
                Worlds.runToEnd(m);
                sum += zgc.getRelocationsOut();
            }
            return sum;
        };
        double normal = outflows.applyAsDouble(1.0);
        double dear = outflows.applyAsDouble(3.0);
        assertTrue(dear > normal, "relocations out of an expensive zone " + dear + " vs " + normal);
    }

    @Test
    void partnershipsSpeedKnowledgeGrowth() {
        ToDoubleFunction<ZoneLabModel> meanKnowledge = m -> m.firms().stream()
                .filter(Firm::isActive).mapToDouble(f -> Math.log(f.getKnowledge())).average().orElse(0);
        double alone = arm(with(Param.PARTNERSHIPS_ENABLED, 0), 5, meanKnowledge);
        double together = arm(Parameters.defaults(), 5, meanKnowledge);
        assertTrue(together > alone, "mean log knowledge with partners " + together + " vs " + alone);
    }

    @Test
    void noInvestorsMeansFewerUnicorns() {
        double none = arm(with(Param.INVESTORS, 0), 6, m -> Worlds.last(m, Indicator.UNICORNS));
        double some = arm(Parameters.defaults(), 6, m -> Worlds.last(m, Indicator.UNICORNS));
        assertTrue(some > none, "unicorns with investors " + some + " vs " + none);
        assertEquals(0.0, arm(with(Param.INVESTORS, 0), 2, m -> Worlds.total(m, Indicator.INVESTMENTS)));
    }

    @Test
    void moreIncubatorBirthsGiveMoreNewFirms() {
        double few = arm(with(Param.BIRTHS_PER_INCUBATOR, 2), 3, m -> Worlds.total(m, Indicator.NEW_FIRMS));
        double many = arm(with(Param.BIRTHS_PER_INCUBATOR, 40), 3, m -> Worlds.total(m, Indicator.NEW_FIRMS));
        assertTrue(many > few, "new firms " + many + " vs " + few);
    }

    @Test
    void higherExitHazardGivesMoreExits() {
        double low = arm(with(Param.EXIT_HAZARD_LATER, 0.02), 3, m -> Worlds.total(m, Indicator.EXITS));
        double high = arm(with(Param.EXIT_HAZARD_LATER, 0.15), 3, m -> Worlds.total(m, Indicator.EXITS));
        assertTrue(high > low, "exits " + high + " vs " + low);
    }

    @Test
    void keenerBranchingGivesMoreCrossRegionBranches() {
        double low = arm(with(Param.BRANCH_REVIEW_RATE, 0.02), 4, m -> Worlds.last(m, Indicator.BRANCHES_CROSS_REGION));
        double high = arm(with(Param.BRANCH_REVIEW_RATE, 0.3), 4, m -> Worlds.last(m, Indicator.BRANCHES_CROSS_REGION));
        assertTrue(high > low, "cross-region branches " + high + " vs " + low);
    }

    @Test
    void lowerIncomeTaxForHighTechEnterprisesLowersTax() {
        double standard = arm(with(Param.CIT_RATE_HIGH_TECH, 0.25), 2, m -> Worlds.total(m, Indicator.TAX_BN));
        double relief = arm(with(Param.CIT_RATE_HIGH_TECH, 0.10), 2, m -> Worlds.total(m, Indicator.TAX_BN));
        assertTrue(relief < standard, "tax with relief " + relief + " vs " + standard);
    }

    @Test
    void higherSectorDemandRaisesGdp() {
        double slow = arm(with(Param.DEMAND_IT, 0.0), 4, m -> Worlds.last(m, Indicator.GDP_BN));
        double fast = arm(with(Param.DEMAND_IT, 0.3), 4, m -> Worlds.last(m, Indicator.GDP_BN));
        assertTrue(fast > slow, "GDP " + fast + " vs " + slow);
    }
}
