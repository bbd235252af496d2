/**
 * Where the zones are: the four macro-regions ({@link org.zonelab.model.geo.Region}), a catalogue
 * zone's place and facts ({@link org.zonelab.model.geo.ZoneSeed}) and great-circle distances
 * ({@link org.zonelab.model.geo.GreatCircle}). Depends on nothing else of the model.
 */
package org.zonelab.model.geo;
