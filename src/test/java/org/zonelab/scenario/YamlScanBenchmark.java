package org.zonelab.scenario;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A benchmark, not a test: times the validation of 4 MB scenario files that are one line long (a long
 * quoted value, a long plain value, a long comment) and of a 4 MB file of short lines, and prints the
 * wall time and the peak heap of each. Scanning used to be quadratic in the length of a line (19 s and
 * 1.6 GB for a 4 MB line); it is linear now, so the one-line files take about as long as the many-line
 * one. Run it after {@code mvn -o -DskipTests package test-compile} with
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.zonelab.scenario.YamlScanBenchmark}.
 */
public final class YamlScanBenchmark {
    private static final int SIZE = 4 * 1024 * 1024;

    private YamlScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("yaml-scan");
        TestFiles.copyTree(Path.of("scenarios/data"), dir.resolve("data"));
        String filler = "x".repeat(SIZE - 64);
        StringBuilder lines = new StringBuilder("name: many\nparameters:\n");
        for (int i = 0; lines.length() < SIZE - 64; i++) {
            lines.append("  # a comment line of about sixty characters, number ").append(i).append('\n');
        }
        lines.append("  init_firms: 150000\n");
        String[][] cases = {
            {"one line, quoted value", "{name: quoted, description: \"" + filler + "\"}\n"},
            {"one line, plain value", "name: plain\ndescription: " + filler + "\n"},
            {"one line, comment", "name: comment # " + filler + "\n"},
            {"many short lines", lines.toString()},
        };
        ScenarioLoader.load(write(dir, "warm-up", "name: warm\n")); // class loading and the zone data
        for (String[] c : cases) {
            Path f = write(dir, c[0].replaceAll("\\W+", "-"), c[1]);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            Scenario s = ScenarioLoader.load(f);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%-24s %5.1f MB  %6.2f s  peak heap %,6d MB  (%s)%n", c[0],
                    Files.size(f) / 1e6, seconds, peakHeap() / (1024 * 1024), s.name());
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, text);
        return f;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
