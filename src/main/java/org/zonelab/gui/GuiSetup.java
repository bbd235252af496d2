package org.zonelab.gui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.ScenarioLoader;

/**
 * What the GUI runs: a scenario at a teaching scale, its seed, and China's outline. The GUI shows a
 * share of the zones' firms that a laptop draws smoothly: {@value #TEACHING_SCALE} for the default
 * baseline, and at most {@value #MAX_SCALE} for a scenario file (less if the file says less), unless
 * the user asks for a scale explicitly.
 *
 * @param name    scenario name, shown in the window titles
 * @param config  the model configuration at the teaching scale
 * @param seed    the seed of the first run; MASON's Console seeds are 32-bit, so a larger scenario seed is
 *                cut to 32 bits as the Console would cut it
 * @param outline China's outline, or an empty one if the data file was not found
 */
public record GuiSetup(String name, ModelConfig config, long seed, MapOutline outline) {
    /**
     * Scale of the default baseline in the GUI: the smallest at which the indicators of its charts
     * are within a few per cent of scale 1 (docs/ODD.md §9.4; at 0.05 unicorns, VC and the Gini were not).
     */
    public static final double TEACHING_SCALE = 0.1;
    /** Largest scale the GUI uses for a scenario file unless asked for more. */
    public static final double MAX_SCALE = 0.1;
    /** The default scenario, relative to the project folder. */
    public static final Path DEFAULT_SCENARIO = Path.of("scenarios", "baseline.yaml");

    public GuiSetup {
        if (seed != (int) seed) {
            throw new IllegalArgumentException("seed must fit in 32 bits (MASON's Console), got " + seed);
        }
    }

    /**
     * The setup of a loaded scenario.
     *
     * @param scenario       the scenario, with any command-line overrides applied
     * @param isDefault      whether it is the default baseline (shown at {@link #TEACHING_SCALE})
     * @param scaleExplicit  whether the user chose the scale (then it is kept as it is)
     */
    public static GuiSetup of(Scenario scenario, boolean isDefault, boolean scaleExplicit) {
        double scale = scaleExplicit ? scenario.scale() : teachingScale(scenario.scale(), isDefault);
        Scenario s = scenario.withOverrides(null, null, scale, null);
        return new GuiSetup(s.name(), s.modelConfig(), (int) s.seed(), outlineFor(s.source()));
    }

    /**
     * Scenario B of a twin run with this setup as A: the file loaded at A's scale and on A's seed.
     *
     * @throws org.zonelab.scenario.ScenarioException if the file is not a valid scenario
     */
    public GuiSetup twinOf(Path fileB) {
        return of(ScenarioLoader.load(fileB, new Overrides(null, seed, config.scale(), null)), false, true);
    }

    /** The same setup with another seed (a twin run gives B the seed of A). */
    public GuiSetup withSeed(long newSeed) {
        return new GuiSetup(name, config, newSeed, outline);
    }

    /** The scale the GUI uses for a scenario file's scale, when the user does not choose one. */
    public static double teachingScale(double fileScale, boolean isDefault) {
        return isDefault ? TEACHING_SCALE : Math.min(fileScale, MAX_SCALE);
    }

    /** The default baseline: {@code scenarios/baseline.yaml} under the current folder or the installation. */
    public static Optional<Path> defaultScenario() {
        return findUpward(List.of(Path.of("").toAbsolutePath(), codeLocation()), DEFAULT_SCENARIO);
    }

    /** China's outline next to a scenario's data, or under the installation; empty if there is none. */
    static MapOutline outlineFor(Path scenarioFile) {
        List<Path> starts = new ArrayList<>();
        if (scenarioFile != null && scenarioFile.toAbsolutePath().getParent() != null) {
            starts.add(scenarioFile.toAbsolutePath().getParent());
        }
        starts.add(Path.of("").toAbsolutePath());
        starts.add(codeLocation());
        Optional<Path> file = findUpward(starts, Path.of("data", MapOutline.FILE_NAME))
                .or(() -> findUpward(starts, Path.of("scenarios", "data", MapOutline.FILE_NAME)));
        return file.map(MapOutline::read).orElse(MapOutline.empty());
    }

    /** The first {@code start/relative}, {@code start/../relative}, ... that exists, over the starts in order. */
    static Optional<Path> findUpward(List<Path> starts, Path relative) {
        for (Path start : starts) {
            for (Path d = start; d != null; d = d.getParent()) {
                Path candidate = d.resolve(relative);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }

    /** The folder of the jar or class folder this code runs from. */
    private static Path codeLocation() {
        CodeSource source = GuiSetup.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Path.of("").toAbsolutePath();
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            return Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
