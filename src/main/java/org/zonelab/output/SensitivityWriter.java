package org.zonelab.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.experiment.RunRequest;
import org.zonelab.experiment.Sensitivity;
import org.zonelab.experiment.SensitivityPlan;
import org.zonelab.experiment.sensitivity.MorrisIndex;
import org.zonelab.experiment.sensitivity.NoiseShare;
import org.zonelab.experiment.sensitivity.SecondOrderIndex;
import org.zonelab.experiment.sensitivity.SobolIndex;
import org.zonelab.experiment.sensitivity.SobolResult;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.SensitivitySpec;

/**
 * Writes a sensitivity analysis's files into its output directory, each atomically: {@value #DESIGN}
 * (every design point's factor values), {@value #RUNS} (every run's outputs), {@value #INDICES} (the
 * indices of every output and factor), {@value #NOISE} (replication noise against the spread of the
 * point means), {@value #CONVERGENCE} (Sobol only: the indices on a quarter, half and all of the
 * samples) and, last, manifest.json. The same analysis gives the same bytes.
 */
public final class SensitivityWriter {
    public static final String DESIGN = "design.csv";
    public static final String RUNS = "runs.csv";
    public static final String INDICES = "indices.csv";
    public static final String NOISE = "noise.csv";
    public static final String CONVERGENCE = "convergence.csv";
    public static final List<String> MORRIS_HEADER = List.of("method", "output", "factor", "mu", "mu_star",
            "mu_star_ci_low", "mu_star_ci_high", "sigma");
    public static final List<String> SOBOL_HEADER = List.of("method", "output", "factor", "S1", "S1_ci_low",
            "S1_ci_high", "ST", "ST_ci_low", "ST_ci_high");
    /** The method column of second-order rows: the pair's index goes in the S1 columns, the ST ones are empty. */
    public static final String SECOND_ORDER_METHOD = "sobol_s2";
    /** How a pair of factors is named in a second-order row's factor column. */
    public static final String PAIR_SEPARATOR = ":";
    public static final List<String> NOISE_HEADER = List.of("output", "points", "replications", "within_variance",
            "noise_variance_of_mean", "across_point_variance", "noise_ratio", "noise_dominates", "mu_star_noise_floor");
    public static final List<String> CONVERGENCE_HEADER = List.of("output", "factor", "samples", "S1", "ST");

    private SensitivityWriter() {
    }

    /** The header of design.csv: point, then one column per factor key. */
    public static List<String> designHeader(SensitivitySpec spec) {
        List<String> h = new ArrayList<>(List.of("point"));
        spec.factors().forEach(f -> h.add(f.key()));
        return h;
    }

    /** The header of runs.csv: point, replication, seed, then one column per output. */
    public static List<String> runsHeader(SensitivitySpec spec) {
        List<String> h = new ArrayList<>(List.of("point", "replication", "seed"));
        spec.outputs().forEach(o -> h.add(o.name()));
        return h;
    }

    /**
     * Writes design.csv, runs.csv, indices.csv, noise.csv and (Sobol) convergence.csv.
     *
     * @return each file's rows and sha256, by name, for the manifest
     */
    public static Map<String, Object> write(OutputDirectory out, Sensitivity.Result result) throws IOException {
        SensitivityPlan plan = result.plan();
        SensitivitySpec spec = plan.spec();
        Map<String, Object> files = new LinkedHashMap<>();
        try (AtomicCsv csv = new AtomicCsv(out, DESIGN, designHeader(spec))) {
            for (int p = 0; p < plan.points(); p++) {
                List<String> cells = new ArrayList<>(List.of(Integer.toString(p)));
                for (double v : plan.values(p)) {
                    cells.add(Numbers.format(v));
                }
                csv.row(cells);
            }
            csv.commit();
            files.put(DESIGN, csv.describe());
        }
        try (AtomicCsv csv = new AtomicCsv(out, RUNS, runsHeader(spec))) {
            for (RunRequest r : plan.requests()) {
                int p = plan.pointOf(r);
                List<String> cells = new ArrayList<>(List.of(Integer.toString(p), Integer.toString(r.replication()),
                        Long.toString(r.seed())));
                for (double y : result.runs()[p][r.replication()]) {
                    cells.add(Numbers.format(y));
                }
                csv.row(cells);
            }
            csv.commit();
            files.put(RUNS, csv.describe());
        }
        boolean morris = spec.method() == SensitivitySpec.Method.MORRIS;
        try (AtomicCsv csv = new AtomicCsv(out, INDICES, morris ? MORRIS_HEADER : SOBOL_HEADER)) {
            for (Sensitivity.OutputAnalysis a : result.outputs()) {
                String output = CsvCells.text(a.output().name());
                if (morris) {
                    for (MorrisIndex m : a.morris()) {
                        csv.row(spec.method().label(), output, CsvCells.text(m.factor()), Numbers.format(m.mu()),
                                Numbers.format(m.muStar()), Numbers.format(m.muStarCiLow()),
                                Numbers.format(m.muStarCiHigh()), Numbers.format(m.sigma()));
                    }
                } else {
                    for (SobolIndex s : a.sobol().indices()) {
                        csv.row(spec.method().label(), output, CsvCells.text(s.factor()), Numbers.format(s.s1()),
                                Numbers.format(s.s1Low()), Numbers.format(s.s1High()), Numbers.format(s.st()),
                                Numbers.format(s.stLow()), Numbers.format(s.stHigh()));
                    }
                    for (SecondOrderIndex s : a.sobol().secondOrder()) {
                        csv.row(SECOND_ORDER_METHOD, output, CsvCells.text(s.first() + PAIR_SEPARATOR + s.second()),
                                Numbers.format(s.s2()), Numbers.format(s.s2Low()), Numbers.format(s.s2High()), "", "", "");
                    }
                }
            }
            csv.commit();
            files.put(INDICES, csv.describe());
        }
        try (AtomicCsv csv = new AtomicCsv(out, NOISE, NOISE_HEADER)) {
            for (Sensitivity.OutputAnalysis a : result.outputs()) {
                NoiseShare n = a.noise();
                String reps = Integer.toString(spec.replications());
                if (n == null) {
                    csv.row(CsvCells.text(a.output().name()), Integer.toString(plan.points()), reps, "", "", "", "", "", "");
                } else {
                    csv.row(CsvCells.text(a.output().name()), Integer.toString(n.points()), reps,
                            Numbers.format(n.withinVariance()), Numbers.format(n.noiseVarianceOfMean()),
                            Numbers.format(n.acrossPointVariance()), Numbers.format(n.ratio()),
                            Boolean.toString(a.noiseDominates()),
                            Double.isNaN(a.muStarNoiseFloor()) ? "" : Numbers.format(a.muStarNoiseFloor()));
                }
            }
            csv.commit();
            files.put(NOISE, csv.describe());
        }
        if (!morris) {
            try (AtomicCsv csv = new AtomicCsv(out, CONVERGENCE, CONVERGENCE_HEADER)) {
                for (Sensitivity.OutputAnalysis a : result.outputs()) {
                    for (SobolResult r : a.convergence()) {
                        for (SobolIndex s : r.indices()) {
                            csv.row(CsvCells.text(a.output().name()), CsvCells.text(s.factor()),
                                    Integer.toString(r.samples()), Numbers.format(s.s1()), Numbers.format(s.st()));
                        }
                    }
                }
                csv.commit();
                files.put(CONVERGENCE, csv.describe());
            }
        }
        return files;
    }

    /** Writes the analysis's manifest.json, atomically; call it after every other file. */
    public static Path writeManifest(OutputDirectory out, Sensitivity.Result result, Map<String, Object> files,
                                     Map<String, Object> extra) throws IOException {
        SensitivitySpec spec = result.plan().spec();
        Scenario base = spec.base();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", RunDirectoryWriter.STATUS_COMPLETE);
        m.put("kind", "sensitivity");
        m.put("zonelab_version", Version.current());
        m.put("sensitivity", spec.name());
        m.put("sensitivity_description", spec.description());
        m.put("factors_path", spec.source().toString());
        m.put("factors_sha256", spec.sha256());
        m.put("base_scenario", base.name());
        m.put("base_path", base.source() == null ? null : base.source().toString());
        m.put("base_sha256", base.sha256());
        m.put("scale", base.scale());
        m.put("start_year", base.startYear());
        m.put("years", base.years());
        m.put("replications_per_point", spec.replications());
        m.put("seed", spec.seed());
        m.put("method", spec.method().label());
        Map<String, Object> settings = new LinkedHashMap<>();
        if (spec.method() == SensitivitySpec.Method.MORRIS) {
            settings.put("trajectories", spec.morris().trajectories());
            settings.put("levels", spec.morris().levels());
            settings.put("bootstrap", spec.morris().bootstrap());
        } else {
            settings.put("samples", spec.sobol().samples());
            settings.put("second_order", spec.sobol().secondOrder());
            settings.put("bootstrap", spec.sobol().bootstrap());
        }
        settings.put("confidence", Sensitivity.CONFIDENCE);
        m.put("method_settings", settings);
        Map<String, Object> factors = new LinkedHashMap<>();
        for (SensitivitySpec.Factor f : spec.factors()) {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("min", f.min());
            range.put("max", f.max());
            factors.put(f.key(), range);
        }
        m.put("factors", factors);
        m.put("outputs", spec.outputs().stream().map(SensitivitySpec.Output::name).toList());
        m.put("points", result.plan().points());
        m.put("runs", result.plan().requests().size());
        m.putAll(extra);
        m.put("java_version", System.getProperty("java.version"));
        m.put("files", files);
        AtomicFiles.writeJson(out, RunDirectoryWriter.MANIFEST, m);
        return out.file(RunDirectoryWriter.MANIFEST);
    }
}
