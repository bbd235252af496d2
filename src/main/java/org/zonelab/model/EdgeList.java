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

    private Edge[] edges = EMPTY;
    private int size;

    int size() {
        return size;
    }

    Edge get(int i) {
        return edges[i];
    }

    void add(Edge e) {
        if (size == edges.length) {
            edges = java.util.Arrays.copyOf(edges, Math.max(2, size * 2));
        }
        edges[size++] = e;
    }

    void remove(Edge e) {
        for (int i = 0; i < size; i++) {
            if (edges[i] == e) {
                edges[i] = edges[--size];
                edges[size] = null;
                return;
            }
        }
    }

    void clear() {
        edges = EMPTY;
        size = 0;
    }
}
