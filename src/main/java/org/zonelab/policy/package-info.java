/**
 * The ten policy levers of the source document and the events, one class each. Each reads its
 * scenario block, acts on the model through the zones' {@link org.zonelab.model.ZonePolicy} and
 * charges its spending to zone budgets; {@link org.zonelab.policy.Programme} applies them each quarter.
 */
package org.zonelab.policy;

