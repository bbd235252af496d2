package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.zonelab.model.ProcessTimes;
import org.zonelab.model.Worlds;
import org.zonelab.model.config.ModelConfig;

/** {@code bench --process}: timing the phases and firm processes sees all of them, and changes no number. */
class ProcessTimesTest {
    @Test
    void everyPartIsTimedAndTheRunIsTheSame() throws IOException {
        ModelConfig config = Worlds.config(0.02, 2);
        ProcessTimes times = new ProcessTimes();
        ReplicationResult timed = Replication.run(config, 0, 7L, ReplicationObserver.NONE, times);
        ReplicationResult plain = Replication.run(config, 0, 7L);
        assertEquals(plain.timeseries(), timed.timeseries(), "timing changes no result");
        assertTrue(times.firmSteps() > 0);
        long processes = 0;
        for (ProcessTimes.Part part : ProcessTimes.Part.values()) {
            if (part != ProcessTimes.Part.ZONES && part != ProcessTimes.Part.ENVIRONMENT) {
                assertTrue(times.nanos(part) > 0, part + " is timed");
            }
            if (part.compareTo(ProcessTimes.Part.FIRMS) > 0 && part.compareTo(ProcessTimes.Part.INVESTORS) < 0) {
                processes += times.nanos(part);
            }
        }
        assertTrue(times.nanos(ProcessTimes.Part.FIRMS) >= processes, "the firm phase holds its processes");
    }
}
