package org.zonelab.model.event;

/**
 * Receives firm life events as the model produces them, in simulation order. Attached with
 * {@code ZoneLabModel#setEventSink}; without one the model skips all event bookkeeping.
 */
@FunctionalInterface
public interface FirmEventSink {
    void accept(FirmEvent event);
}
