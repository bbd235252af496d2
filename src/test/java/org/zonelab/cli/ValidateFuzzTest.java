package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.scenario.TestFiles;

/**
 * Feeds {@code validate} thousands of randomly mutated copies of the shipped scenario and sweep files
 * (a fixed seed; byte flips, deletions, duplicated lines, splices from other files, YAML special
 * characters, huge and odd numbers, other values for keys and other keys) and checks that every one ends with exit 0 (and an OK line) or exit
 * 2 with exactly one line on stderr, never a stack trace or an internal error, and never hangs. The
 * timeout per case is a hang guard, not a speed target. With {@code ZONELAB_FUZZ_LOG=1} in the
 * environment every outcome is printed, to see what the mutations reach.
 */
class ValidateFuzzTest {
    /** The seed; {@code -Dzonelab.fuzz.seed=N} explores others. */
    private static final long SEED = Long.getLong("zonelab.fuzz.seed", 20_240_610L);
    /** The number of mutated files; {@code -Dzonelab.fuzz.cases=N} for longer explorations. */
    private static final int CASES = Integer.getInteger("zonelab.fuzz.cases", 4000);
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final String[] SPECIAL = {":", ": ", "-", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "&", "*",
        "!", "!!str ", "!!python/object ", "|", ">", "'", "\"", "%", "@", "`", "#", "?", "? ", "\t", "\n", "\r",
        "\u0000", "\u0007", "\u0085", "\u2028", "\ufeff", "<<: ", "~", "null", "---\n", "...\n", "\\", "\u00e9",
        "\ud83d\ude00", "  ", "\n  - ", "{a: [b, {c: d}]}", "*", "&x [1, 2]\nk: *x"};
    private static final String[] NUMBERS = {"1e308", "1e309", "-1e400", "1e-320", "99999999999999999999999",
        "9223372036854775808", "-9223372036854775809", "2147483648", "0x7fffffff", "0o17", "0b101", "1_000_000",
        ".inf", "-.inf", ".nan", "-0", "0", "1e-300", "4.9e-324", "1.7976931348623157e308", "18446744073709551616",
        "12345678901234567890123456789012345678901234567890", "100000", "10000", "0.0000001", "NaN", "Infinity"};

    /** Values that put a key's checks to work: wrong kinds, odd paths, boundaries. */
    private static final String[] VALUES = {"[]", "{}", "~", "\"\"", "[1, 2]", "[[1]]", "{a: 1}", "-1", "0", "1", "0.5",
        "true", "yes", "{synthetic: {count: 1000}}", "{synthetic: {count: 3, regions: {West: 1}}}", "{regions: [West]}",
        "all", "[1, 999]", "{from: 0, to: 1, step: 0.000001}", "{from: 0, to: 1}", "{from: 1, to: 0, step: 1}",
        "/dev/zero", "/etc/passwd", ".", "..", "/", "fuzz-case.yaml", "../baseline.yaml", "../sweeps/fuzz-case.yaml",
        "data/zones-2019.csv", "../data/zones-2019.csv", "data/city-tiers.csv", "lhs", "grid", "100000", "10000",
        "9007199254740992", "\"\\0\"", "\"a\\nb\"", "!!binary AAAA", "&v 7", "*v", "2020", "2100", "1999"};
    /** Whole lines that switch on other paths of the loaders. */
    private static final String[] LINES = {"design: lhs", "samples: 100000", "samples: 7", "seed: 5",
        "replications: 10000", "replications: 1", "years: 100", "years: 1", "start_year: 2100", "scale: 1e-300",
        "extends: fuzz-case.yaml", "extends: ../baseline.yaml", "base: ../baseline.yaml", "zones: {synthetic: {count: 1000}}",
        "vary: {seed: [1, 2]}", "vary: {scale: {from: 0.01, to: 0.02, step: 0.001}}", "events: [{type: pandemic, year: 2021}]",
        "policies: {clusters: {intensity: 5, zones: [1, 2]}}", "parameters: {init_firms: 1000}", "name: ../x",
        "x: &v [1, 2]", "y: *v"};

    @TempDir
    Path tmp;

    @Test
    void mutatedShippedFilesAreValidatedOrRefusedInOneLine() throws IOException {
        Path work = tmp.resolve("scenarios");
        TestFiles.copyTree(Path.of("scenarios"), work);
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> all = Files.walk(work)) {
            all.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(sources::add);
        }
        assertTrue(sources.size() >= 10, "the shipped scenarios and sweeps: " + sources);
        List<byte[]> texts = new ArrayList<>();
        for (Path p : sources) {
            texts.add(Files.readAllBytes(p));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> failures = new ArrayList<>();
        int[] valid = {0};
        for (int k = 0; k < CASES && failures.size() < 10; k++) {
            int which = random.nextInt(sources.size());
            byte[] mutated = texts.get(which);
            int times = 1 + random.nextInt(3);
            for (int t = 0; t < times; t++) {
                mutated = mutate(mutated, texts, random);
            }
            // Beside its original, so that the relative paths it names (extends, base, zones) resolve.
            Path file = sources.get(which).resolveSibling("fuzz-case.yaml");
            Files.write(file, mutated);
            String problem = check(file, valid);
            if (problem != null) {
                String text = new String(mutated, StandardCharsets.UTF_8);
                failures.add("case " + k + " (from " + work.relativize(sources.get(which)) + "): " + problem
                        + "\n--- file ---\n" + (text.length() > 1500 ? text.substring(0, 1500) + "..." : text));
            }
        }
        System.out.println("validate fuzz: " + CASES + " mutated files, " + valid[0] + " valid, the rest refused");
        assertTrue(valid[0] > CASES / 20 && valid[0] < CASES * 19 / 20, "the mutations make both valid and "
                + "invalid files: " + valid[0] + " of " + CASES + " valid");
        if (!failures.isEmpty()) {
            fail(failures.size() + " mutated files were not handled as bad input:\n\n" + String.join("\n\n", failures));
        }
    }

    /** Runs validate on one file; null when it ended as it should, else what went wrong. */
    private static String check(Path file, int[] valid) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            code = assertTimeoutPreemptively(HANG_GUARD, () -> Main.execute(new String[] {"validate", file.toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true)));
        } catch (org.opentest4j.AssertionFailedError e) {
            return "no result within " + HANG_GUARD.toSeconds() + " s (" + e.getMessage() + ")";
        }
        List<String> errLines = err.toString().lines().toList();
        String all = out + "|" + err;
        if (all.contains("internal error") || all.contains("\tat ") || all.contains("Exception")
                || all.contains("Error:")) {
            return "exit " + code + " with an internal error or a stack trace: " + err;
        }
        if (System.getenv("ZONELAB_FUZZ_LOG") != null) {
            System.out.println("FUZZ " + code + " " + (code == 2 ? err.toString().trim() : ""));
        }
        if (code == 0) {
            valid[0]++;
            return errLines.isEmpty() && out.toString().startsWith("OK ") ? null
                    : "exit 0 without a single OK line: " + out + err;
        }
        if (code == 2) {
            return errLines.size() == 1 && !errLines.get(0).isBlank() ? null
                    : "exit 2 with " + errLines.size() + " lines on stderr: " + err;
        }
        return "exit " + code + ": " + err;
    }

    private static byte[] mutate(byte[] in, List<byte[]> texts, SplittableRandom random) {
        int n = in.length;
        switch (random.nextInt(10)) {
            case 8 -> { // give a key another value
                List<String> lines = lines(in);
                int i = random.nextInt(lines.size());
                int colon = lines.get(i).indexOf(": ");
                if (colon < 0) {
                    return in;
                }
                lines.set(i, lines.get(i).substring(0, colon + 2) + VALUES[random.nextInt(VALUES.length)]);
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 9 -> { // add a top-level line
                List<String> lines = lines(in);
                lines.add(random.nextInt(lines.size() + 1), LINES[random.nextInt(LINES.length)]);
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 0 -> { // flip a byte
                if (n == 0) {
                    return in;
                }
                byte[] b = in.clone();
                b[random.nextInt(n)] = (byte) random.nextInt(256);
                return b;
            }
            case 1 -> { // delete a run of bytes
                if (n == 0) {
                    return in;
                }
                int at = random.nextInt(n);
                int len = Math.min(n - at, 1 + random.nextInt(random.nextBoolean() ? 4 : 40));
                return concat(Arrays.copyOfRange(in, 0, at), Arrays.copyOfRange(in, at + len, n));
            }
            case 2 -> { // duplicate a line, maybe many times
                List<String> lines = lines(in);
                int i = random.nextInt(lines.size());
                int copies = random.nextInt(10) == 0 ? 1 + random.nextInt(200) : 1;
                for (int c = 0; c < copies; c++) {
                    lines.add(i, lines.get(i));
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> { // splice a piece of another shipped file in
                byte[] other = texts.get(random.nextInt(texts.size()));
                int from = random.nextInt(other.length);
                int len = Math.min(other.length - from, 1 + random.nextInt(200));
                int at = random.nextInt(n + 1);
                return concat(Arrays.copyOfRange(in, 0, at), Arrays.copyOfRange(other, from, from + len),
                        Arrays.copyOfRange(in, at, n));
            }
            case 4 -> { // insert a YAML special character or construct
                byte[] s = SPECIAL[random.nextInt(SPECIAL.length)].getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(n + 1);
                return concat(Arrays.copyOfRange(in, 0, at), s, Arrays.copyOfRange(in, at, n));
            }
            case 5 -> { // replace a number with a huge or odd one
                String text = new String(in, StandardCharsets.UTF_8);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (spans.isEmpty()) {
                    return in;
                }
                int[] sp = spans.get(random.nextInt(spans.size()));
                return (text.substring(0, sp[0]) + NUMBERS[random.nextInt(NUMBERS.length)] + text.substring(sp[1]))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> { // delete or swap lines
                List<String> lines = lines(in);
                int i = random.nextInt(lines.size());
                if (random.nextBoolean() || lines.size() < 2) {
                    lines.remove(i);
                } else {
                    int j = random.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            default -> { // change a line's indentation
                List<String> lines = lines(in);
                int i = random.nextInt(lines.size());
                String line = lines.get(i);
                lines.set(i, random.nextBoolean() ? " ".repeat(1 + random.nextInt(4)) + line : line.stripLeading());
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static List<String> lines(byte[] in) {
        return new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

}
