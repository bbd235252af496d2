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

    private Edge[] edges = EMPTY;
    // The node at each edge's other end, beside it: reading it needs no visit to the Edge object.
    private Object[] others = NO_NODES;
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

    /** Adds an edge whose other end, seen from this list's owner, is {@code other}. */
    void add(Edge e, Object other) {
        if (size == edges.length) {
            edges = java.util.Arrays.copyOf(edges, Math.max(2, size * 2));
            others = java.util.Arrays.copyOf(others, edges.length);
        }
        others[size] = other;
        edges[size++] = e;
    }

    void remove(Edge e) {
        for (int i = 0; i < size; i++) {
            if (edges[i] == e) {
                edges[i] = edges[--size];
                others[i] = others[size];
                edges[size] = null;
                others[size] = null;
                return;
            }
        }
    }

    void clear() {
        edges = EMPTY;
        others = NO_NODES;
        size = 0;
    }
}
