package org.zonelab.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zonelab.model.PolicyProgramme;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;

/**
 * A scenario's levers and events, acting on the model at the start of every step: events first (they
 * set this quarter's shocks), then the levers in the order of {@link Levers#KEYS}. The model's
 * {@code start()} resets it ({@link #start}), so a programme can serve several runs of the same model;
 * the state levers build during a run (co-built parks, unicorn funds) lives in the model's zones.
 */
public final class Programme implements PolicyProgramme {
    private static final long serialVersionUID = 1L;

    private final List<Lever> levers;
    private final List<Event> events;

    private Programme(List<Lever> levers, List<Event> events) {
        this.levers = levers;
        this.events = events;
    }

    /** The programme of a configuration's policy blocks and events. */
    public static Programme of(ModelConfig config) {
        List<Lever> levers = new ArrayList<>();
        for (PolicySetting s : config.policies()) {
            levers.add(Levers.create(s));
        }
        levers.sort(Comparator.comparingInt(l -> Levers.KEYS.indexOf(l.key())));
        List<Event> events = new ArrayList<>();
        for (EventSetting e : config.events()) {
            events.add(Levers.event(e));
        }
        return new Programme(levers, events);
    }

    /** Resets every event and lever for a new run: the run then repeats that of a fresh programme. */
    @Override
    public void start(ZoneLabModel model) {
        for (Event e : events) {
            e.start(model);
        }
        for (Lever l : levers) {
            l.start(model);
        }
    }

    @Override
    public void apply(ZoneLabModel model) {
        for (Event e : events) {
            e.apply(model);
        }
        for (Lever l : levers) {
            l.apply(model);
        }
    }

    /** The levers of this programme, in acting order. */
    public List<Lever> levers() {
        return Collections.unmodifiableList(levers);
    }

    /** The lever with this key, if the scenario has it. */
    public Optional<Lever> lever(String key) {
        return levers.stream().filter(l -> l.key().equals(key)).findFirst();
    }
}
