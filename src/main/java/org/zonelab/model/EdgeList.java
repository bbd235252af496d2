package org.zonelab.model;

import java.io.Serializable;

/**
 * A firm's links of one kind (its partners, or the zones of its branches): the node at the other end
 * of each, and whether the firm started it (the from end of a partnership; always for a branch). The
 * firm's lists are the model's networks (issue 12: a MASON {@code Network} beside them cost hash
 * look-ups on every tie formed or ended and about a hundred bytes per firm, and nothing read it but
 * the GUI, which samples the lists). Removal swaps in the last link, which keeps the order
 * deterministic. A firm links to another node at most once.
 */
final class EdgeList implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Object[] NO_NODES = new Object[0];
    private static final boolean[] NO_FLAGS = new boolean[0];

    private Object[] others = NO_NODES;
    private boolean[] started = NO_FLAGS;
    private int size;

    int size() {
        return size;
    }

    /** The node at the other end of link i (a partner firm, or a branch's zone). */
    Object other(int i) {
        return others[i];
    }

    /** Whether this list's owner started link i (it is the from end of the partnership). */
    boolean startedByOwner(int i) {
        return started[i];
    }

    /** Adds a link to {@code other}; {@code ownerStarted} says whether the owner is its from end. */
    void add(Object other, boolean ownerStarted) {
        if (size == others.length) {
            others = java.util.Arrays.copyOf(others, Math.max(2, size * 2));
            started = java.util.Arrays.copyOf(started, others.length);
        }
        others[size] = other;
        started[size++] = ownerStarted;
    }

    /** Removes the link to {@code other}, if there is one. */
    void remove(Object other) {
        for (int i = 0; i < size; i++) {
            if (others[i] == other) {
                others[i] = others[--size];
                started[i] = started[size];
                others[size] = null;
                return;
            }
        }
    }

    void clear() {
        others = NO_NODES;
        started = NO_FLAGS;
        size = 0;
    }
}
