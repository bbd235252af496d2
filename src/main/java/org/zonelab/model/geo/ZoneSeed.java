package org.zonelab.model.geo;

import java.io.Serializable;

/**
 * One zone of the catalogue as read from the scenario's zone file: identity, place and age.
 *
 * @param id           catalogue id (1..169 for the 2019 catalogue)
 * @param nameZh       Chinese name
 * @param nameEn       English name
 * @param city         host city
 * @param province     province
 * @param region       macro-region
 * @param approvedYear year of approval as a national zone
 * @param lon          longitude of the host city, degrees east
 * @param lat          latitude of the host city, degrees north
 * @param cityTier     1 for first-tier cities, 2 for "new first-tier" cities, 3 otherwise
 * @param anchorGdpBn  published 2019 zone GDP in CNY bn, or NaN where none is published
 */
public record ZoneSeed(int id, String nameZh, String nameEn, String city, String province, Region region,
                       int approvedYear, double lon, double lat, int cityTier, double anchorGdpBn)
        implements Serializable {
}
