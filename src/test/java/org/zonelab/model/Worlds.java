package org.zonelab.model;

import java.nio.file.Path;
import java.util.List;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Parameters;
import org.zonelab.scenario.ZoneCatalogue;

/** Test worlds built from the shipped 2019 zone catalogue. */
public final class Worlds {
    private static List<ZoneSeed> zones;

    private Worlds() {
    }

    /** The shipped catalogue, read once. */
    public static synchronized List<ZoneSeed> zones() {
        if (zones == null) {
            Path data = Path.of("scenarios", "data");
            zones = ZoneCatalogue.read(data.resolve("zones-2019.csv"), data.resolve("city-tiers.csv"),
                    data.resolve("zone-anchors.csv"));
        }
        return zones;
    }

    public static ModelConfig config(double scale, int years, Parameters parameters) {
        return new ModelConfig(parameters, 2020, years, scale, zones(), List.of(), List.of());
    }

    public static ModelConfig config(double scale, int years) {
        return config(scale, years, Parameters.defaults());
    }

    /** A started model, not yet stepped. */
    public static ZoneLabModel started(ModelConfig config, long seed) {
        ZoneLabModel model = new ZoneLabModel(seed, config);
        model.start();
        return model;
    }

    /** Runs a started model to the end of its configured years. */
    public static ZoneLabModel runToEnd(ZoneLabModel model) {
        while (model.schedule.getSteps() < model.config().steps()) {
            model.schedule.step(model);
        }
        return model;
    }

    /** Sum of a national indicator over every recorded quarter. */
    public static double total(ZoneLabModel model, Indicator indicator) {
        return model.history().stream().mapToDouble(s -> s.get(indicator)).sum();
    }

    /** A national indicator at the last recorded quarter. */
    public static double last(ZoneLabModel model, Indicator indicator) {
        return model.history().get(model.history().size() - 1).get(indicator);
    }
}
