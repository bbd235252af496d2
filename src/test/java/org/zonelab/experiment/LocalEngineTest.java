package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonelab.model.Worlds;
import org.zonelab.model.config.ModelConfig;

class LocalEngineTest {

    @Test
    void everyRequestIsDeliveredOnceAndOrderedSinkRestoresRequestOrder() throws IOException {
        ModelConfig config = Worlds.config(0.01, 1);
        List<RunRequest> requests = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            requests.add(new RunRequest(i, config, i % 3, 100L + i));
        }
        List<Integer> arrived = new ArrayList<>();
        List<Integer> ordered = new ArrayList<>();
        OrderedSink sink = new OrderedSink(requests, (req, res) -> {
            assertEquals(req.seed(), res.seed());
            assertEquals(req.replication(), res.replication());
            ordered.add(req.index());
        });
        new LocalEngine(3).run(requests, (req, res) -> {
            arrived.add(req.index());
            sink.accept(req, res);
        });
        assertEquals(7, arrived.size());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), ordered);
        assertEquals(true, sink.complete());
    }

    @Test
    void aFailingSinkStopsTheBatch() {
        ModelConfig config = Worlds.config(0.01, 1);
        List<RunRequest> requests = List.of(new RunRequest(0, config, 0, 1L), new RunRequest(1, config, 1, 2L));
        IOException e = assertThrows(IOException.class, () -> new LocalEngine(2).run(requests, (req, res) -> {
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
    }
}
