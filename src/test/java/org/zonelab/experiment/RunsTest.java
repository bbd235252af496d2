package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zonelab.model.Worlds;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.ModelConfig;

/** The orchestration of a batch of runs ({@link Runs}), without the command line. */
class RunsTest {
    private static final ModelConfig CONFIG = Worlds.config(0.01, 1);

    /** An engine that delivers the batch in reverse order, as a fast late run would. */
    private static final Engine REVERSED = (requests, sink) -> {
        List<RunRequest> reversed = new ArrayList<>(requests);
        Collections.reverse(reversed);
        for (RunRequest r : reversed) {
            sink.accept(r, r.run());
        }
    };

    private static List<RunRequest> batch(int configs, int replications) {
        List<ModelConfig> list = new ArrayList<>();
        for (int c = 0; c < configs; c++) {
            list.add(CONFIG);
        }
        return Runs.replications(list, Runs.seeds(42L, replications));
    }

    @Test
    void replicationsShareTheSeedsAcrossConfigurations() {
        List<RunRequest> requests = batch(2, 3);
        assertEquals(6, requests.size());
        for (int k = 0; k < 6; k++) {
            RunRequest r = requests.get(k);
            assertEquals(k, r.index());
            assertEquals(k % 3, r.replication());
            assertEquals(Seeds.forReplication(42L, k % 3), r.seed());
        }
    }

    @Test
    void resultsReachTheSinkInRequestOrderWhateverTheEngineDeliveryOrder() throws IOException {
        List<RunRequest> requests = batch(1, 4);
        List<Integer> delivered = new ArrayList<>();
        Runs.inOrder(REVERSED, requests, (req, res) -> {
            assertEquals(req.seed(), res.seed());
            delivered.add(req.index());
        }, ProgressListener.NONE);
        assertEquals(List.of(0, 1, 2, 3), delivered);
    }

    @Test
    void resultsAreTheSameInTheSameOrderOnOneAndThreeThreads() throws IOException {
        List<RunRequest> requests = batch(2, 3);
        List<ReplicationResult> one = new ArrayList<>();
        List<ReplicationResult> three = new ArrayList<>();
        Runs.inOrder(Runs.local(1, Observers.NONE, ProgressListener.NONE), requests, (req, res) -> one.add(res), ProgressListener.NONE);
        Runs.inOrder(Runs.local(3, Observers.NONE, ProgressListener.NONE), requests, (req, res) -> three.add(res), ProgressListener.NONE);
        assertEquals(6, one.size());
        assertEquals(one, three);
    }

    @Test
    void progressHearsEveryRunAsItFinishesBeforeTheOrderedSinkGetsIt() throws IOException {
        List<RunRequest> requests = batch(1, 3);
        List<String> log = new ArrayList<>();
        Runs.inOrder(REVERSED, requests, (req, res) -> log.add("sink " + req.index()),
                req -> log.add("done " + req.index()));
        assertEquals(List.of("done 2", "done 1", "done 0", "sink 0", "sink 1", "sink 2"), log);
    }

    @Test
    void asFinishedPassesEachRunOnAsItArrives() throws IOException {
        List<RunRequest> requests = batch(1, 3);
        List<String> log = new ArrayList<>();
        Runs.asFinished(REVERSED, requests, (req, res) -> log.add("sink " + req.index()),
                req -> log.add("done " + req.index()));
        assertEquals(List.of("done 2", "sink 2", "done 1", "sink 1", "done 0", "sink 0"), log);
    }

    @Test
    void anExceptionInAReplicationSurfacesAsThatException() {
        IllegalStateException boom = new IllegalStateException("boom in replication 1");
        Observers failing = r -> new ReplicationObserver() {
            @Override
            public void stepped(ZoneLabModel model) {
                if (r.replication() == 1) {
                    throw boom;
                }
            }
        };
        for (int threads : new int[] {1, 2}) {
            List<RunRequest> requests = batch(1, 3);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Runs.inOrder(
                    Runs.local(threads, failing, ProgressListener.NONE), requests, (req, res) -> { }, ProgressListener.NONE));
            assertSame(boom, e, "threads " + threads);
        }
    }

    @Test
    void aFailingSinkStopsTheBatchWithItsException() {
        List<RunRequest> requests = batch(1, 2);
        IOException e = assertThrows(IOException.class, () -> Runs.inOrder(Runs.local(2, Observers.NONE, ProgressListener.NONE), requests,
                (req, res) -> {
                    throw new IOException("disk full");
                }, ProgressListener.NONE));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void eachReplicationGetsItsOwnObserverThatSeesItFromStartToFinish() throws IOException {
        List<RunRequest> requests = batch(2, 2);
        Map<Integer, int[]> calls = new ConcurrentHashMap<>(); // index -> started, stepped, finished
        AtomicInteger created = new AtomicInteger();
        Observers observers = r -> {
            created.incrementAndGet();
            int[] c = new int[3];
            assertTrue(calls.putIfAbsent(r.index(), c) == null, "two observers for run " + r.index());
            return new ReplicationObserver() {
                @Override
                public void started(ZoneLabModel model) {
                    c[0]++;
                }

                @Override
                public void stepped(ZoneLabModel model) {
                    c[1]++;
                }

                @Override
                public void finished(ZoneLabModel model) {
                    c[2]++;
                }
            };
        };
        Runs.inOrder(Runs.local(2, observers, ProgressListener.NONE), requests, (req, res) -> { }, ProgressListener.NONE);
        assertEquals(4, created.get());
        for (RunRequest r : requests) {
            int[] c = calls.get(r.index());
            assertEquals(1, c[0], "started " + r.index());
            assertEquals(CONFIG.steps(), c[1], "stepped " + r.index());
            assertEquals(1, c[2], "finished " + r.index());
        }
    }

    @Test
    void progressHearsEveryQuarterOfEveryRunBeforeTheRunFinishes() throws IOException {
        List<RunRequest> requests = batch(2, 3);
        Map<Integer, AtomicInteger> quarters = new ConcurrentHashMap<>();
        Map<Integer, Integer> atFinish = new ConcurrentHashMap<>();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void quarterFinished(RunRequest request) {
                quarters.computeIfAbsent(request.index(), k -> new AtomicInteger()).incrementAndGet();
            }

            @Override
            public void runFinished(RunRequest request) {
                atFinish.put(request.index(), quarters.get(request.index()).get());
            }
        };
        Runs.inOrder(Runs.local(3, Observers.NONE, progress), requests, (req, res) -> { }, progress);
        for (RunRequest r : requests) {
            assertEquals(r.config().steps(), quarters.get(r.index()).get(), "every quarter of run " + r.index());
            assertEquals(r.config().steps(), atFinish.get(r.index()), "all of them before run " + r.index() + " finished");
        }
    }
}
