package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;

/**
 * The run's random streams, one per process, all derived from the run seed. Splitting them keeps a
 * change in one process (say, funding) from shifting the draws of unrelated ones (say, R&D).
 */
public final class Streams implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The processes that draw random numbers. */
    public enum Process { INIT, ENTRY, INNOVATION, GROWTH, PARTNERS, LOCATION, EXIT, INVESTORS, ZONES }

    private final MersenneTwisterFast[] streams;

    public Streams(long seed) {
        Process[] ps = Process.values();
        streams = new MersenneTwisterFast[ps.length];
        for (Process p : ps) {
            streams[p.ordinal()] = new MersenneTwisterFast(new int[] {
                (int) seed, (int) (seed >>> 32), 0x5EED0000 + p.ordinal(), p.name().hashCode()});
        }
    }

    public MersenneTwisterFast get(Process p) {
        return streams[p.ordinal()];
    }
}
