package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.output.SweepJournal;
import org.zonelab.output.SweepWriter;

/**
 * A real Spark standalone cluster, a master and two workers started on loopback by
 * {@code scripts/spark-standalone.sh} (issue 16): a sweep on it writes the local engine's bytes, while
 * every socket the driver, the master, the workers and their executors listen on is on the loopback
 * interface and no application UI is open; then a worker is killed (SIGKILL) in the middle of a sweep,
 * and the sweep still completes with every run once and the local engine's bytes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkStandaloneTest {
    /** Spark's default application UI port, which must stay closed. */
    private static final int APP_UI_PORT = 4040;
    private static final long START_SECONDS = 240;
    @TempDir
    static Path tmp;
    private static Path cluster;
    private static String master;
    private static Path base;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = tmp.resolve("cluster");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = script("start", "--workers", "2", "--cores", "1", "--memory", "1500m", "--port",
                String.valueOf(port), "--dir", cluster.toString(), "--classpath", classpath);
        assertTrue(p.waitFor(START_SECONDS, TimeUnit.SECONDS), "the cluster did not start in time");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
        master = "spark://127.0.0.1:" + port;
        base = tmp.resolve("base.yaml");
        Files.writeString(base, "name: small\ndescription: A small, short base.\nextends: "
                + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\nscale: 0.02\nyears: 3\nreplications: 2\n"
                + "policies:\n  entrepreneurship: {intensity: 0}\n");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        List<Long> pids = clusterPids();
        Process p = script("stop", "--dir", cluster.toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(20, TimeUnit.SECONDS).join());
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid + " still runs");
        }
        // The links to the class path's jars, which the temporary folder's clean-up would warn about.
        try (Stream<Path> links = Files.list(cluster.resolve("home").resolve("jars"))) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }
    }

    private static Process script(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("bash", Path.of("scripts", "spark-standalone.sh").toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** The master's and the workers' pids, from the script's pid files. */
    private static List<Long> clusterPids() throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> s = Files.list(cluster.resolve("pids"))) {
            for (Path f : s.sorted().toList()) {
                pids.add(Long.parseLong(Files.readString(f).trim()));
            }
        }
        return pids;
    }

    private static Path sweepFile(String name, int points) throws IOException {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < points; i++) {
            values.append(i == 0 ? "" : ", ").append((double) i / (points - 1));
        }
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\ndescription: A small sweep.\nbase: " + base + "\nreplications: 2\n"
                + "design: grid\nvary:\n  policies.entrepreneurship.intensity: [" + values + "]\n");
        return f;
    }

    private static MainTest.Outcome sweep(Path file, Path out, String... engine) {
        List<String> args = new ArrayList<>(List.of("sweep", file.toString(), "--out", out.toString(), "--quiet"));
        args.addAll(List.of(engine));
        return MainTest.zonelab(args.toArray(String[]::new));
    }

    @Test
    @Order(1)
    void aSweepOnTheClusterIsTheLocalEnginesBytesAndEverySocketIsOnLoopback() throws Exception {
        Path file = sweepFile("on-cluster", 3);
        Path local = tmp.resolve("local-1");
        assertEquals(0, sweep(file, local, "--threads", "2").code());
        Path spark = tmp.resolve("spark-1");
        CompletableFuture<MainTest.Outcome> run = CompletableFuture.supplyAsync(() -> sweep(file, spark, "--engine",
                "spark", "--master", master));
        Set<String> listening = new TreeSet<>();
        while (!run.isDone()) {
            listening.addAll(listeningSockets());
            Thread.sleep(100);
        }
        MainTest.Outcome o = run.get();
        assertEquals(0, o.code(), o.err());
        assertArrayEquals(Files.readAllBytes(local.resolve(SweepWriter.RUNS)), Files.readAllBytes(spark.resolve(SweepWriter.RUNS)));
        assertFalse(listening.isEmpty(), "no listening socket seen");
        for (String s : listening) {
            assertTrue(s.startsWith("127.0.0.1:") || s.startsWith("[::1]:"), "listening off loopback: " + s + " in " + listening);
            assertFalse(s.endsWith(":" + APP_UI_PORT), "the application UI is open: " + listening);
        }
    }

    @Test
    @Order(2)
    void aSweepSurvivesAWorkerKilledMidwayWithEveryRunOnce() throws Exception {
        int points = 8;
        Path file = sweepFile("worker-killed", points);
        Path local = tmp.resolve("local-2");
        assertEquals(0, sweep(file, local, "--threads", "2").code());
        Path spark = tmp.resolve("spark-2");
        CompletableFuture<MainTest.Outcome> run = CompletableFuture.supplyAsync(() -> sweep(file, spark, "--engine",
                "spark", "--master", master));
        Path journal = SweepJournal.folder(spark).resolve(SweepJournal.FILE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        int journaled = 0;
        while (!run.isDone() && journaled < 2 && System.nanoTime() < deadline) {
            journaled = Files.isRegularFile(journal) ? Files.readAllLines(journal).size() - 1 : 0;
            Thread.sleep(20);
        }
        assertFalse(run.isDone(), () -> "the sweep ended before a worker could be killed: " + run.join().err());
        long worker = Long.parseLong(Files.readString(cluster.resolve("pids").resolve("worker-1.pid")).trim());
        ProcessHandle handle = ProcessHandle.of(worker).orElseThrow();
        assertTrue(handle.destroyForcibly(), "SIGKILL to worker 1");
        MainTest.Outcome o = run.get(START_SECONDS, TimeUnit.SECONDS);
        assertEquals(0, o.code(), o.err());
        List<String> rows = Files.readAllLines(spark.resolve(SweepWriter.RUNS));
        Set<String> runs = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            // point, the varied value, replication: a run is its point and replication.
            assertTrue(runs.add(cells[0] + "/" + cells[2]), "a run twice: " + row);
        }
        assertEquals(2 * points, runs.size(), "every run once");
        assertArrayEquals(Files.readAllBytes(local.resolve(SweepWriter.RUNS)), Files.readAllBytes(spark.resolve(SweepWriter.RUNS)));
    }

    /** The listening TCP sockets of this JVM (the driver) and of the cluster's processes and their children. */
    private static Set<String> listeningSockets() throws IOException {
        Set<Long> pids = new HashSet<>();
        pids.add(ProcessHandle.current().pid());
        for (long pid : clusterPids()) {
            pids.add(pid);
            ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
        }
        Set<String> inodes = new HashSet<>();
        for (long pid : pids) {
            Path fds = Path.of("/proc", String.valueOf(pid), "fd");
            try (Stream<Path> s = Files.list(fds)) {
                for (Path fd : s.toList()) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException gone) {
                        // The descriptor closed while we looked.
                    }
                }
            } catch (IOException gone) {
                // The process ended while we looked.
            }
        }
        Set<String> out = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    out.add(address(f[1]));
                }
            }
        }
        return out;
    }

    /** A /proc/net/tcp local address (hex, host byte order) as {@code ip:port}, IPv4-mapped ones as IPv4. */
    static String address(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String ip = parts[0];
        if (ip.length() == 32 && ip.startsWith("0000000000000000FFFF0000")) {
            ip = ip.substring(24);
        }
        if (ip.length() == 8) {
            long v = Long.parseLong(ip, 16);
            return (v & 0xff) + "." + (v >> 8 & 0xff) + "." + (v >> 16 & 0xff) + "." + (v >> 24 & 0xff) + ":" + port;
        }
        return (ip.equals("00000000000000000000000001000000") ? "[::1]" : "[" + ip + "]") + ":" + port;
    }
}
