package org.zonelab.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.experiment.Calibration;
import org.zonelab.scenario.CalibrationSpec;
import org.zonelab.scenario.CalibrationSpec.FreeParameter;
import org.zonelab.scenario.CalibrationSpec.Target;
import org.zonelab.scenario.Scenario;

/**
 * Writes a calibration's files into its output directory, each atomically: {@value #TRACE} (every
 * evaluation), {@value #FIT} (the best candidate against every target and holdout figure),
 * {@value #PROFILES} (the loss along each free parameter), {@value #BEST} (a scenario that extends the
 * base with the fitted values) and, last, manifest.json. The same calibration gives the same bytes.
 */
public final class CalibrationWriter {
    public static final String TRACE = "trace.csv";
    public static final String FIT = "fit.csv";
    public static final String PROFILES = "profiles.csv";
    public static final String BEST = "best.yaml";
    public static final List<String> FIT_HEADER = List.of("target", "kind", "year", "value", "sd", "sim_mean", "sim_sd",
            "z", "role");
    public static final List<String> PROFILES_HEADER = List.of("parameter", "value", "loss", "is_optimum", "identified",
            "ci95_low", "ci95_high");

    private CalibrationWriter() {
    }

    /** The header of trace.csv: evaluation, generation, one column per free parameter, loss. */
    public static List<String> traceHeader(CalibrationSpec spec) {
        List<String> h = new ArrayList<>(List.of("evaluation", "generation"));
        spec.free().forEach(f -> h.add(f.label()));
        h.add("loss");
        return h;
    }

    /**
     * Writes trace.csv, fit.csv, profiles.csv and best.yaml.
     *
     * @return each file's rows and sha256, by name, for the manifest
     */
    public static Map<String, Object> write(OutputDirectory out, CalibrationSpec spec, Calibration.Result result)
            throws IOException {
        Map<String, Object> files = new LinkedHashMap<>();
        try (AtomicCsv csv = new AtomicCsv(out, TRACE, traceHeader(spec))) {
            for (Calibration.Evaluation e : result.trace()) {
                List<String> cells = new ArrayList<>(List.of(Integer.toString(e.index()), Integer.toString(e.generation())));
                for (double v : e.values()) {
                    cells.add(Numbers.format(v));
                }
                cells.add(Numbers.format(e.loss()));
                csv.row(cells);
            }
            csv.commit();
            files.put(TRACE, csv.describe());
        }
        try (AtomicCsv csv = new AtomicCsv(out, FIT, FIT_HEADER)) {
            for (Calibration.TargetFit f : result.fit()) {
                Target t = f.target();
                csv.row(CsvCells.text(t.name()), t.kind().label(), Integer.toString(t.year()), Numbers.format(t.value()),
                        t.isInterval() ? "" : Numbers.format(t.sd()), Numbers.format(f.simMean()),
                        Numbers.format(f.simSd()), Numbers.format(f.z()), f.holdout() ? "holdout" : "fitted");
            }
            csv.commit();
            files.put(FIT, csv.describe());
        }
        try (AtomicCsv csv = new AtomicCsv(out, PROFILES, PROFILES_HEADER)) {
            for (Calibration.Profile p : result.profiles()) {
                int i = spec.free().indexOf(p.parameter());
                double optimum = result.best().values()[i];
                for (int k = 0; k < p.values().length; k++) {
                    csv.row(CsvCells.text(p.parameter().label()), Numbers.format(p.values()[k]),
                            Numbers.format(p.losses()[k]), Boolean.toString(p.values()[k] == optimum),
                            Boolean.toString(p.identified()), Numbers.format(p.low()), Numbers.format(p.high()));
                }
            }
            csv.commit();
            files.put(PROFILES, csv.describe());
        }
        String yaml = bestYaml(spec, result, out.path());
        String sha = AtomicFiles.write(out, BEST, yaml.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> best = new LinkedHashMap<>();
        best.put("sha256", sha);
        files.put(BEST, best);
        return files;
    }

    /**
     * best.yaml: a scenario that extends the base scenario (by its path relative to the output
     * directory) and sets each fitted value; {@code zonelab run best.yaml} runs the base's own scale,
     * years and replications with them.
     */
    static String bestYaml(CalibrationSpec spec, Calibration.Result result, Path dir) {
        Scenario base = spec.base();
        Path from = dir.toAbsolutePath().normalize();
        Path to = base.source().toAbsolutePath().normalize();
        String extendsPath;
        try {
            extendsPath = from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            extendsPath = to.toString(); // another root: the absolute path
        }
        StringBuilder y = new StringBuilder();
        y.append("# Written by zonelab calibrate ").append(spec.name()).append(" (").append(quoted(spec.source().toString()))
                .append("): the base scenario with the fitted values of evaluation ").append(result.best().index())
                .append(", loss ").append(Numbers.format(result.best().loss())).append(".\n");
        y.append("name: ").append(base.name()).append("-calibrated\n");
        y.append("description: ").append(quoted(base.name() + " with the parameters fitted by calibration " + spec.name()))
                .append('\n');
        y.append("extends: ").append(quoted(extendsPath)).append('\n');
        double[] values = result.best().values();
        Map<String, Map<String, String>> policies = new LinkedHashMap<>();
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            FreeParameter f = spec.free().get(i);
            String v = Numbers.format(values[i]);
            if (f.path().get(0).equals("parameters")) {
                parameters.append("  ").append(f.path().get(1)).append(": ").append(v).append('\n');
            } else {
                policies.computeIfAbsent(f.path().get(1), k -> new LinkedHashMap<>()).put(f.path().get(2), v);
            }
        }
        if (parameters.length() > 0) {
            y.append("parameters:\n").append(parameters);
        }
        if (!policies.isEmpty()) {
            y.append("policies:\n");
            policies.forEach((lever, settings) -> {
                y.append("  ").append(lever).append(":\n");
                settings.forEach((k, v) -> y.append("    ").append(k).append(": ").append(v).append('\n'));
            });
        }
        return y.toString();
    }

    /** A YAML double-quoted string. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Writes the calibration's manifest.json, atomically; call it after every other file. */
    public static Path writeManifest(OutputDirectory out, CalibrationSpec spec, Calibration.Result result,
                                     Map<String, Object> files, Map<String, Object> extra) throws IOException {
        Scenario base = spec.base();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", RunDirectoryWriter.STATUS_COMPLETE);
        m.put("kind", "calibration");
        m.put("zonelab_version", Version.current());
        m.put("calibration", spec.name());
        m.put("calibration_description", spec.description());
        m.put("targets_path", spec.source().toString());
        m.put("targets_sha256", spec.sha256());
        m.put("base_scenario", base.name());
        m.put("base_path", base.source() == null ? null : base.source().toString());
        m.put("base_sha256", base.sha256());
        m.put("scale", base.scale());
        m.put("years", base.years());
        m.put("replications_per_candidate", spec.replications());
        m.put("seed", spec.seed());
        m.put("method", spec.method());
        m.put("budget_evaluations", spec.evaluations());
        m.put("evaluations", result.trace().size());
        m.put("population_size", Calibration.populationSize(spec.free().size()));
        List<String> free = new ArrayList<>();
        spec.free().forEach(f -> free.add(f.key()));
        m.put("free", free);
        m.put("best_evaluation", result.best().index());
        m.put("best_loss", result.best().loss());
        Map<String, Object> best = new LinkedHashMap<>();
        for (int i = 0; i < free.size(); i++) {
            best.put(free.get(i), result.best().values()[i]);
        }
        m.put("best_values", best);
        m.put("fit_replications", result.fitReplications());
        m.putAll(extra);
        m.put("java_version", System.getProperty("java.version"));
        m.put("files", files);
        AtomicFiles.writeJson(out, RunDirectoryWriter.MANIFEST, m);
        return out.file(RunDirectoryWriter.MANIFEST);
    }
}
