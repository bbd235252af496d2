package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * What every zonelab report must be, for the tests of each command: a page that opens with no network
 * (every image embedded as a PNG data URI, nothing fetched, no scripts, links only to files beside it)
 * and charts that are PNGs of the report size with more than a blank image's colours.
 */
public final class ReportAssertions {
    /** Fewest distinct colours of a chart that is more than a blank or one-colour image. */
    public static final int MIN_COLOURS = 20;

    private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]*)\"");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");
    private static final String DATA_PNG = "data:image/png;base64,";

    private ReportAssertions() {
    }

    /** The distinct colours (RGB) of an image. */
    public static int colours(BufferedImage image) {
        Set<Integer> out = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return out.size();
    }

    /** Asserts that PNG bytes are a chart of the report size that is not blank. */
    public static void assertChart(byte[] png, String name) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, name + " is not a PNG");
        assertEquals(FigureWriter.WIDTH, image.getWidth(), name);
        assertEquals(FigureWriter.HEIGHT, image.getHeight(), name);
        int n = colours(image);
        assertTrue(n > MIN_COLOURS, name + " looks blank: " + n + " colours");
    }

    /**
     * Asserts that a report in {@code dir} needs nothing but itself to be read, and that it embeds every
     * chart of {@code dir/charts/} as written, each non-blank.
     *
     * @return the charts' file names, sorted
     */
    public static List<String> assertSelfContained(Path dir) throws IOException {
        String html = Files.readString(dir.resolve(ReportHtml.FILE));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("//www."),
                "nothing to fetch from a network");
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("<iframe")
                || html.contains("url(") || html.contains("@import"), "no scripts, style sheets or frames to load");
        Matcher src = SRC.matcher(html);
        int images = 0;
        while (src.find()) {
            String uri = src.group(1);
            assertTrue(uri.startsWith(DATA_PNG), "every image is embedded: src=\"" + abbreviate(uri) + "\"");
            assertChart(Base64.getDecoder().decode(uri.substring(DATA_PNG.length())), "embedded image " + images);
            images++;
        }
        assertEquals(images, html.split("<img", -1).length - 1, "every <img> has a src");
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            String target = href.group(1);
            assertFalse(target.contains(":") || target.startsWith("/") || target.contains(".."),
                    "links are relative and stay in the directory: " + target);
            assertTrue(Files.isRegularFile(dir.resolve(target), LinkOption.NOFOLLOW_LINKS),
                    "a link names a file beside the report: " + target);
        }
        List<String> charts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve(CompareWriter.CHARTS))) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                charts.add(name);
                byte[] png = Files.readAllBytes(p);
                assertChart(png, name);
                assertTrue(html.contains("src=\"" + DATA_PNG + Base64.getEncoder().encodeToString(png) + "\""),
                        name + " is embedded as written");
            }
        }
        assertEquals(charts.size(), images, "one embedded image per chart file");
        return charts;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
