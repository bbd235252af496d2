package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zonelab.model.Worlds;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;

class ReplicationTest {

    @Test
    void sameSeedGivesIdenticalRowsAndAnotherSeedDoesNot() {
        ModelConfig config = Worlds.config(0.03, 2);
        ReplicationResult a = Replication.run(config, 0, 123L);
        ReplicationResult b = Replication.run(config, 0, 123L);
        ReplicationResult c = Replication.run(config, 0, 124L);
        assertEquals(a.timeseries(), b.timeseries());
        assertEquals(a.summary(), b.summary());
        assertNotEquals(a.timeseries(), c.timeseries());
    }

    @Test
    void rowsCoverEveryIndicatorAndScope() {
        ReplicationResult r = Replication.run(Worlds.config(0.03, 2), 0, 5L);
        Set<Indicator> national = new HashSet<>();
        long zoneRows = 0;
        for (IndicatorRow row : r.timeseries()) {
            if (row.scope() == IndicatorDefinition.Scope.NATIONAL) {
                national.add((Indicator) row.indicator());
            } else if (row.scope() == IndicatorDefinition.Scope.ZONE) {
                zoneRows++;
                assertEquals(4, row.quarter(), "zone rows are yearly");
            }
            assertTrue(Double.isFinite(row.value()));
        }
        Set<Indicator> expected = new HashSet<>(Arrays.asList(Indicator.values()));
        assertEquals(expected, national);
        assertEquals(expected, r.summary().keySet());
        assertEquals(2L * 169 * 7, zoneRows);
        assertEquals(169.0, r.summary().get(Indicator.ZONES));
    }

    @Test
    void summaryFlowsSumTheFinalFourQuarters() {
        ReplicationResult r = Replication.run(Worlds.config(0.03, 2), 0, 9L);
        double lastYear = r.timeseries().stream()
                .filter(row -> row.indicator() == Indicator.GDP_BN && row.year() == 2021)
                .mapToDouble(IndicatorRow::value).sum();
        assertEquals(lastYear, r.summary().get(Indicator.GDP_BN), 1e-9 * lastYear);
    }

    private static final Indicator[] NAMES = {Indicator.FIRMS, Indicator.HIGH_TECH_ENTERPRISES, Indicator.EMPLOYEES,
            Indicator.GDP_BN, Indicator.EXPORTS_BN};

    @Test
    void nationalIndicatorsDoNotDependOnScale() {
        double[] small = meanFinal(0.05, new long[] {1, 2, 3, 4});
        double[] large = meanFinal(0.2, new long[] {1, 2});
        Indicator[] names = NAMES;
        for (int i = 0; i < names.length; i++) {
            double rel = Math.abs(small[i] - large[i]) / large[i];
            assertTrue(rel < 0.08, names[i] + " differs by " + rel + " between scales: " + small[i] + " vs " + large[i]);
        }
    }

    private static double[] meanFinal(double scale, long[] seeds) {
        Indicator[] names = NAMES;
        double[] out = new double[names.length];
        for (long seed : seeds) {
            ReplicationResult r = Replication.run(Worlds.config(scale, 3), 0, seed);
            for (int i = 0; i < names.length; i++) {
                out[i] += r.summary().get(names[i]) / seeds.length;
            }
        }
        return out;
    }
}
