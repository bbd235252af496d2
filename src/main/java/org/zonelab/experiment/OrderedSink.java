package org.zonelab.experiment;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores request order: passes results on in the order of the request list, holding early arrivals
 * until those before them have come. With {@link LocalEngine} and runs of similar length, about
 * {@code 2 x threads} results wait at a time; a run much slower than the others lets more pile up.
 */
public final class OrderedSink implements Engine.Sink {
    private final List<RunRequest> order;
    private final Engine.Sink next;
    private final Map<Integer, ReplicationResult> waiting = new HashMap<>();
    private int position;

    /**
     * @param order the requests in the order results must be passed on
     * @param next  receives them in that order
     */
    public OrderedSink(List<RunRequest> order, Engine.Sink next) {
        this.order = List.copyOf(order);
        this.next = next;
    }

    @Override
    public void accept(RunRequest request, ReplicationResult result) throws IOException {
        if (waiting.putIfAbsent(request.index(), result) != null) {
            throw new IllegalStateException("run " + request.index() + " was delivered twice");
        }
        while (position < order.size() && waiting.containsKey(order.get(position).index())) {
            RunRequest r = order.get(position++);
            next.accept(r, waiting.remove(r.index()));
        }
    }

    /** Whether every request has been passed on. */
    public boolean complete() {
        return position == order.size();
    }
}
