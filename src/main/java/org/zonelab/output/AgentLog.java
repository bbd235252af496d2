package org.zonelab.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zonelab.experiment.ReplicationObserver;
import org.zonelab.experiment.RunRequest;
import org.zonelab.model.Firm;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.event.FirmEvent;
import org.zonelab.model.event.FirmEventKind;

/**
 * Streams one run's agent-level log (a replication of a run, a comparison or a sweep) into part files
 * of its output directory as the model runs: firm snapshots (yearly or final), life events, and the
 * year's origin-destination counts of relocations and branch openings. Rows are written as they
 * happen, so memory stays bounded; {@link AgentLogFiles} joins the parts of all runs into the final
 * files.
 */
public final class AgentLog implements ReplicationObserver {

    /** When firm snapshots are taken. */
    public enum Snapshots { NONE, FINAL, YEARLY }

    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    /**
     * Which run a log belongs to: what each of its rows starts with, and where its part goes.
     *
     * @param part        the run's index in its batch (its request index): parts are joined in this order
     * @param point       the sweep's design point, leading every row in a {@code point} column, or
     *                    {@link #NO_POINT} (run and compare, whose files have no such column)
     * @param scenario    the scenario's name
     * @param replication the replication
     * @param seed        its seed
     */
    public record Run(int part, int point, String scenario, int replication, long seed) {
        /** The point of a run that is not a sweep's. */
        public static final int NO_POINT = -1;

        /** A run of a scenario (run and compare): no point column. */
        public static Run of(String scenario, RunRequest r) {
            return new Run(r.index(), NO_POINT, scenario, r.replication(), r.seed());
        }

        /** A run at a sweep's design point. */
        public static Run at(int point, String scenario, RunRequest r) {
            return new Run(r.index(), point, scenario, r.replication(), r.seed());
        }

        boolean hasPoint() {
            return point != NO_POINT;
        }
    }

    private final OutputDirectory out;
    private final Run run;
    private final Snapshots snapshots;
    private final boolean events;

    private Writer eventRows;
    private Writer firmRows;
    private final CsvLine line = new CsvLine();
    private Map<Integer, String> regionByZone;
    private ZoneLabModel model;
    /** Counts by (year, kind, scope, from, to), kept sorted for a deterministic flows file. */
    private final Map<List<String>, long[]> flows = new TreeMap<>(AgentLogFiles.KEY_ORDER);

    /** A log of one run of a batch (a run, a comparison or a sweep), written into part files of {@code out}. */
    public AgentLog(OutputDirectory out, Run run, Snapshots snapshots, boolean events) {
        this.out = out;
        this.run = run;
        this.snapshots = snapshots;
        this.events = events;
    }

    /** Whether this configuration logs anything at all. */
    public static boolean active(Snapshots snapshots, boolean events) {
        return events || snapshots != Snapshots.NONE;
    }

    @Override
    public void started(ZoneLabModel m) throws IOException {
        model = m;
        if (events) {
            eventRows = writer(AgentLogFiles.EVENTS);
            m.setEventSink(this::event);
        }
        if (snapshots != Snapshots.NONE) {
            firmRows = writer(AgentLogFiles.FIRMS);
        }
    }

    private Writer writer(String file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(out.createPart(AgentLogFiles.part(file, run.part())),
                StandardCharsets.UTF_8), 1 << 16);
    }

    private void event(FirmEvent e) {
        try {
            lead().number(e.year()).number(e.quarter())
                    .text(e.kind().key()).number(e.firmId());
            zoneCell(e.fromZone());
            zoneCell(e.toZone());
            line.text(e.sector()).number(e.value());
            if (e.otherId() == 0) {
                line.empty();
            } else {
                line.number(e.otherId());
            }
            line.writeTo(eventRows);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        if (e.kind() == FirmEventKind.RELOCATION || e.kind() == FirmEventKind.BRANCH_OPEN) {
            count(e.year(), e.kind().key(), "zone", Integer.toString(e.fromZone()), Integer.toString(e.toZone()));
            count(e.year(), e.kind().key(), "region", regionOf(e.fromZone()), regionOf(e.toZone()));
        }
    }

    /** The cells every row starts with: the point (a sweep's), the scenario, the replication and the seed. */
    private CsvLine lead() {
        if (run.hasPoint()) {
            line.number(run.point());
        }
        return line.text(run.scenario()).number(run.replication()).number(run.seed());
    }

    private void zoneCell(int zoneId) {
        if (zoneId == 0) {
            line.empty();
        } else {
            line.number(zoneId);
        }
    }

    private String regionOf(int zoneId) {
        if (regionByZone == null || regionByZone.size() != model.zones().size()) {
            regionByZone = new java.util.HashMap<>();
            for (Zone z : model.zones()) {
                regionByZone.put(z.getId(), z.getRegion());
            }
        }
        return regionByZone.getOrDefault(zoneId, "");
    }

    private void count(int year, String kind, String scope, String from, String to) {
        flows.computeIfAbsent(List.of(Integer.toString(year), kind, scope, from, to), k -> new long[1])[0]++;
    }

    @Override
    public void stepped(ZoneLabModel m) throws IOException {
        if (firmRows == null) {
            return;
        }
        boolean last = m.schedule.getSteps() >= m.config().steps();
        boolean yearEnd = m.history().get(m.history().size() - 1).quarter() == 4;
        if ((snapshots == Snapshots.YEARLY && yearEnd) || (snapshots == Snapshots.FINAL && last)) {
            snapshot(m);
        }
    }

    private void snapshot(ZoneLabModel m) throws IOException {
        int year = m.history().get(m.history().size() - 1).year();
        double now = m.time();
        for (Firm f : m.firms()) {
            if (!f.isActive()) {
                continue;
            }
            lead().number(year).number(f.getId())
                    .number(f.home().getId()).text(f.home().getRegion()).text(m.sectors().name(f.sector()))
                    .number(f.getFounded()).number(f.age(now)).number(flag(f.isHighTech())).number(flag(f.isGazelle()))
                    .number(flag(f.isUnicorn())).number(flag(f.isNezha())).number(flag(f.isListed()))
                    .number(f.getRevenueBn()).number(f.getEmployees()).number(f.getValuationBn())
                    .number(f.getKnowledge()).number(f.getRdIntensity()).number(f.getInventionPatents())
                    .number(f.getPctApplications()).number(f.getExportShare()).number(f.getBranches())
                    .number(f.getPartners()).number(f.getInvestors());
            if (f.getParentId() == 0) {
                line.empty();
            } else {
                line.number(f.getParentId());
            }
            line.writeTo(firmRows);
        }
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    @Override
    public void finished(ZoneLabModel m) throws IOException {
        m.setEventSink(null);
        if (eventRows != null) {
            eventRows.close();
            try (CSVPrinter p = new CSVPrinter(writer(AgentLogFiles.FLOWS), CSV)) {
                double scale = m.scale();
                for (Map.Entry<List<String>, long[]> e : flows.entrySet()) {
                    List<String> k = e.getKey();
                    long n = e.getValue()[0];
                    List<Object> cells = new ArrayList<>();
                    if (run.hasPoint()) {
                        cells.add(run.point());
                    }
                    cells.addAll(List.of(CsvCells.text(run.scenario()), run.replication(), run.seed(), k.get(0),
                            k.get(1), k.get(2), CsvCells.text(k.get(3)), CsvCells.text(k.get(4)), n,
                            Numbers.format(n / scale)));
                    p.printRecord(cells);
                }
            }
        }
        if (firmRows != null) {
            firmRows.close();
        }
    }
}
