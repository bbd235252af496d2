package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Builds the end-of-year state before start_year (docs/ODD.md §5) so that it reproduces the 2019 table
 * of the digest at any scale, in the order of its parts: the zones ({@link InitialZones}), a
 * heavy-tailed firm population matched to zone GDP ({@link InitialFirms}), exactly the target numbers
 * (times scale) of high-tech enterprises, gazelles, unicorns, nezha and listed firms, each meeting the
 * stage rules by construction ({@link InitialStages}), exports and FDI matched to the 2019 totals, the
 * investors ({@link InitialInvestors}), and the starting land, rent, partnerships and branches
 * ({@link InitialNetworks}). All of it draws from the one initial-state stream, in this order.
 */
final class InitialState {
    private final ZoneLabModel model;

    InitialState(ZoneLabModel model) {
        this.model = model;
    }

    void build() {
        MersenneTwisterFast rng = model.stream(Streams.Process.INIT);
        double[] gdp = new InitialZones(model, rng).build();
        InitialFirms population = new InitialFirms(model, rng);
        List<FirmDraft> drafts = population.draft(gdp);
        InitialStages stages = new InitialStages(model, rng);
        stages.chooseHighTech(drafts);
        stages.writeHistories(drafts);
        stages.chooseVentureBacked(drafts);
        stages.chooseListed(drafts);
        population.matchExportsAndFdi(drafts);
        new InitialInvestors(model, rng).build(gdp);
        List<Firm> firms = population.create(drafts);
        new InitialNetworks(model, rng).build(firms);
    }
}
