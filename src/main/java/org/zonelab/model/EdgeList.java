package org.zonelab.model;

import java.io.Serializable;
import sim.field.network.Edge;

/**
 * A firm's own list of its edges in one of the model's networks, kept in step with the network by
 * {@link ZoneLabModel}, so that the firm's hot paths need no hash look-up. Removal swaps in the last
 * edge, which keeps the order deterministic.
 */
final class EdgeList implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Edge[] EMPTY = new Edge[0];

    private static final Object[] NO_NODES = new Object[0];
    private static final boolean[] NO_FLAGS = new boolean[0];

    private Edge[] edges = EMPTY;
    // The node at each edge's other end, beside it: reading it needs no visit to the Edge object.
    private Object[] others = NO_NODES;
    // Whether the owner is each edge's from end, beside it: a partner's review needs no visit to the Edge.
    private boolean[] started = NO_FLAGS;
    private int size;

    int size() {
        return size;
    }

    Edge get(int i) {
        return edges[i];
    }

    /** The node at the other end of edge i (a partner firm, or a branch's zone). */
    Object other(int i) {
        return others[i];
    }

    /** Whether this list's owner is the from end of edge i (it started the partnership). */
    boolean startedByOwner(int i) {
        return started[i];
    }

    /**
     * Adds an edge whose other end, seen from this list's owner, is {@code other}; {@code ownerStarted}
     * says whether the owner is the edge's from end.
     */
    void add(Edge e, Object other, boolean ownerStarted) {
        if (size == edges.length) {
            edges = java.util.Arrays.copyOf(edges, Math.max(2, size * 2));
            others = java.util.Arrays.copyOf(others, edges.length);
            started = java.util.Arrays.copyOf(started, edges.length);
        }
        others[size] = other;
        started[size] = ownerStarted;
        edges[size++] = e;
    }

    void remove(Edge e) {
        for (int i = 0; i < size; i++) {
            if (edges[i] == e) {
                edges[i] = edges[--size];
                others[i] = others[size];
                started[i] = started[size];
                edges[size] = null;
                others[size] = null;
                return;
            }
        }
    }

    void clear() {
        edges = EMPTY;
        others = NO_NODES;
        started = NO_FLAGS;
        size = 0;
    }
}
