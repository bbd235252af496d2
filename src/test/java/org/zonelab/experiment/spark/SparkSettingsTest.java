package org.zonelab.experiment.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.zonelab.experiment.RunRequest;
import org.zonelab.model.config.ModelConfig;

/** The master URLs the Spark engine accepts, its safe default settings, and how it packs runs into tasks. */
class SparkSettingsTest {

    @Test
    void acceptsLocalAndStandaloneMastersOnly() {
        assertEquals(2, SparkMaster.parse("local[2]").orElseThrow().slots());
        assertEquals(3, SparkMaster.parse("local[3,4]").orElseThrow().slots());
        SparkMaster cluster = SparkMaster.parse("spark://10.0.0.5:7077").orElseThrow();
        assertFalse(cluster.isLocal());
        assertFalse(cluster.isLoopback());
        assertTrue(SparkMaster.parse("spark://127.0.0.1:7077").orElseThrow().isLoopback());
        for (String bad : List.of("local", "local[*]", "local[0]", "local[2,0]", "yarn", "spark://host", "spark://h:0",
                "spark://h:70000", "mesos://h:5050", "local[2] ", "spark://a b:7077")) {
            assertTrue(SparkMaster.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void localMastersRunWithoutUiOrSpeculationOnLoopback() {
        SparkConf conf = SparkSettings.conf(SparkMaster.parse("local[2]").orElseThrow(), null);
        assertEquals("false", conf.get("spark.ui.enabled"));
        assertEquals("false", conf.get("spark.speculation"));
        assertEquals("0", conf.get("spark.locality.wait"));
        assertEquals(SparkSettings.LOOPBACK, conf.get("spark.driver.bindAddress"));
        assertEquals(SparkSettings.LOOPBACK, conf.get("spark.driver.host"));
        assertFalse(conf.contains("spark.authenticate"));
    }

    @Test
    void aClusterElsewhereNeedsASecretAndGetsAuthentication() {
        SparkMaster elsewhere = SparkMaster.parse("spark://10.0.0.5:7077").orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkSettings.conf(elsewhere, null));
        assertTrue(e.getMessage().contains(SparkSettings.SECRET_VARIABLE), e.getMessage());
        SparkConf conf = SparkSettings.conf(elsewhere, "s3cret");
        assertEquals("true", conf.get("spark.authenticate"));
        assertEquals("s3cret", conf.get("spark.authenticate.secret"));
        assertFalse(conf.contains("spark.driver.bindAddress"), "the driver must be reachable from the cluster");
    }

    @Test
    void packetsCoverEveryRunOnceInOrderWithSizesWithinOne() {
        ModelConfig config = org.zonelab.model.Worlds.config(0.01, 1);
        List<RunRequest> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) {
            runs.add(new RunRequest(i, config, i, i));
        }
        for (int max : new int[] {1, 4, 8, 23, 100}) {
            List<List<RunRequest>> packets = SparkEngine.packets(runs, max);
            assertEquals(Math.min(max, runs.size()), packets.size());
            List<RunRequest> joined = packets.stream().flatMap(List::stream).toList();
            assertEquals(runs, joined, "every run once, in order, with " + max + " packets");
            int smallest = packets.stream().mapToInt(List::size).min().orElseThrow();
            int largest = packets.stream().mapToInt(List::size).max().orElseThrow();
            assertTrue(largest - smallest <= 1, "sizes " + smallest + ".." + largest);
        }
    }
}
