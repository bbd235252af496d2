/**
 * Firm life events for the agent-level log (docs/ODD.md §8.3): {@link org.zonelab.model.event.FirmEvent},
 * their kinds and the sink the model reports them to. Depends on nothing else of the model.
 */
package org.zonelab.model.event;
