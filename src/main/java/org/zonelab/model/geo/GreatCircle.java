package org.zonelab.model.geo;

/** Great-circle distances between zones (haversine, on a sphere of the Earth's mean radius). */
public final class GreatCircle {
    /** Mean Earth radius, km (IUGG). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double km(ZoneSeed a, ZoneSeed b) {
        return km(a.lon(), a.lat(), b.lon(), b.lat());
    }

    public static double km(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
