package org.zonelab.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardOpenOption.READ;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The output files of two run directories compared byte for byte ({@code zonelab reproduce}). The
 * files compared are the regular files whose names end in {@code .csv} at the top of either directory
 * (the time series, summary, moments and agent logs), in name order; a file that one directory has and
 * the other has not is a difference. Not compared: {@value RunDirectoryWriter#MANIFEST} (it holds times
 * and paths), {@code charts/} and any report (pictures of the CSV files), hidden and temporary files,
 * and links.
 */
public final class RunFiles {
    private static final String CSV = ".csv";

    private RunFiles() {
    }

    /** The names of the files compared in a directory, in name order. */
    public static List<String> compared(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(CSV)
                        && Files.isRegularFile(p, NOFOLLOW_LINKS)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * The first difference between two run directories' output files, as one line naming the file in
     * {@code a}, or null when every file is byte-identical.
     */
    public static String firstDifference(Path a, Path b) throws IOException {
        TreeSet<String> names = new TreeSet<>(compared(a));
        List<String> inB = compared(b);
        names.addAll(inB);
        List<String> inA = compared(a);
        for (String name : names) {
            Path fa = a.resolve(name);
            Path fb = b.resolve(name);
            if (!inA.contains(name)) {
                return fa + " is missing; " + fb + " has it";
            }
            if (!inB.contains(name)) {
                return fa + " differs: " + fb + " is missing";
            }
            long line = firstDifferentLine(fa, fb);
            if (line > 0) {
                return fa + " differs from " + fb + " (first at line " + line + ")";
            }
        }
        return null;
    }

    /** The 1-based line of the first byte in which two files differ (or where one ends), or 0 when equal. */
    private static long firstDifferentLine(Path a, Path b) throws IOException {
        try (InputStream ia = new BufferedInputStream(Files.newInputStream(a, READ, NOFOLLOW_LINKS), 1 << 16);
             InputStream ib = new BufferedInputStream(Files.newInputStream(b, READ, NOFOLLOW_LINKS), 1 << 16)) {
            long line = 1;
            while (true) {
                int x = ia.read();
                int y = ib.read();
                if (x != y) {
                    return line;
                }
                if (x < 0) {
                    return 0;
                }
                if (x == '\n') {
                    line++;
                }
            }
        }
    }
}
