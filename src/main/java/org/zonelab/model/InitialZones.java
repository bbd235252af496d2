package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * The zones of the initial state (docs/ODD.md §5): the catalogue's zones with their 2019 GDP targets
 * (published anchors, the rest by a rank-size law over city tier and zone age), facilities, talent,
 * platforms, governance, regulation, sector specialisation and co-built parks.
 */
final class InitialZones {
    private final ZoneLabModel model;
    private final Parameters p;
    private final MersenneTwisterFast rng;
    private final double now;

    InitialZones(ZoneLabModel model, MersenneTwisterFast rng) {
        this.model = model;
        this.p = model.parameters();
        this.rng = rng;
        this.now = model.config().startYear();
    }

    /** Creates the zones and returns each zone's 2019 GDP target (national, CNY bn/year). */
    double[] build() {
        List<ZoneSeed> seeds = model.config().zones();
        for (int i = 0; i < seeds.size(); i++) {
            model.addZone(new Zone(seeds.get(i), i));
        }
        model.finishZones();
        List<Zone> zones = model.zones();
        int n = zones.size();
        double[] gdp = zoneGdpTargets(zones);
        double total = Arrays.stream(gdp).sum();

        double[] facilityWeight = new double[n];
        for (int z = 0; z < n; z++) {
            facilityWeight[z] = Math.pow(gdp[z] / total, p.get(Param.FACILITY_SIZE_ELASTICITY));
        }
        int[] incubators = Sampling.apportion(p.getInt(Param.INIT_INCUBATORS), facilityWeight);
        int[] makers = Sampling.apportion(p.getInt(Param.INIT_MAKER_SPACES), facilityWeight);
        for (Zone zone : zones) {
            int z = zone.index();
            int tier = zone.seed().cityTier();
            zone.talentBase = tier == 1 ? p.get(Param.TALENT_TIER1) : tier == 2 ? p.get(Param.TALENT_TIER2) : p.get(Param.TALENT_OTHER);
            zone.platformStrength = tier == 1 ? p.get(Param.PLATFORM_INIT_TIER1)
                    : tier == 2 ? (p.get(Param.PLATFORM_INIT_TIER1) + p.get(Param.PLATFORM_INIT_OTHER)) / 2
                    : p.get(Param.PLATFORM_INIT_OTHER);
            zone.incubators = incubators[z];
            zone.makerSpaces = makers[z];
            double u = rng.nextDouble();
            if (u < p.get(Param.INIT_SHARE_STATUTORY)) {
                zone.governance = GovernanceModel.STATUTORY_BODY;
                zone.governanceEfficiency = p.get(Param.GOVERNANCE_EFFICIENCY_STATUTORY);
            } else if (u < p.get(Param.INIT_SHARE_STATUTORY) + p.get(Param.INIT_SHARE_COMPANY_MODEL)) {
                zone.governance = GovernanceModel.COMMITTEE_PLUS_COMPANY;
                zone.governanceEfficiency = p.get(Param.GOVERNANCE_EFFICIENCY_COMPANY);
            } else {
                zone.governanceEfficiency = p.get(Param.GOVERNANCE_EFFICIENCY_ADMIN);
            }
            zone.regulation = rng.nextDouble() < p.get(Param.INIT_SHARE_INCLUSIVE)
                    ? RegulatoryStance.INCLUSIVE_PRUDENT : RegulatoryStance.STRICT;
            zone.specialisation = ZoneSpecialisation.draw(p, rng);
            zone.leadSector = ZoneSpecialisation.lead(zone.specialisation);
        }
        assignCoParks(zones, gdp);
        model.zoneProductivity.initialise(p, zones, gdp, model::distanceKm);
        return gdp;
    }

    /**
     * Zone GDP: published anchors as given; the rest of init_gdp_bn shared by a rank-size law over a
     * score of city tier and zone age.
     */
    private double[] zoneGdpTargets(List<Zone> zones) {
        int n = zones.size();
        Integer[] order = new Integer[n];
        double[] score = new double[n];
        for (int z = 0; z < n; z++) {
            ZoneSeed s = zones.get(z).seed();
            double tierScore = s.cityTier() == 1 ? p.get(Param.ZONE_TIER1_SCORE)
                    : s.cityTier() == 2 ? p.get(Param.ZONE_TIER2_SCORE) : 0;
            score[z] = tierScore + p.get(Param.ZONE_AGE_SCORE) * Math.max(0, now - 1 - s.approvedYear()) / 10.0;
            order[z] = z;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(z -> -score[z]).thenComparingInt(z -> z));
        double[] rankWeight = new double[n];
        for (int r = 0; r < n; r++) {
            rankWeight[order[r]] = Math.pow(r + 1, -p.get(Param.ZONE_RANK_EXPONENT));
        }
        double totalGdp = p.get(Param.INIT_GDP_BN);
        double anchored = 0;
        double freeWeight = 0;
        for (int z = 0; z < n; z++) {
            double a = zones.get(z).seed().anchorGdpBn();
            if (Double.isFinite(a)) {
                anchored += a;
            } else {
                freeWeight += rankWeight[z];
            }
        }
        // Anchors beyond the total (only with synthetic or partial catalogues) are scaled down.
        double maxAnchored = totalGdp * p.get(Param.INIT_ANCHOR_MAX_SHARE);
        double anchorScale = anchored > maxAnchored ? maxAnchored / anchored : 1.0;
        double rest = totalGdp - anchored * anchorScale;
        double[] gdp = new double[n];
        for (int z = 0; z < n; z++) {
            double a = zones.get(z).seed().anchorGdpBn();
            gdp[z] = Double.isFinite(a) ? a * anchorScale : (freeWeight > 0 ? rest * rankWeight[z] / freeWeight : 0);
        }
        return gdp;
    }

    /** The largest zones start with co-built parks in smaller zones, both ways. */
    private void assignCoParks(List<Zone> zones, double[] gdp) {
        int n = zones.size();
        Integer[] bySize = new Integer[n];
        for (int z = 0; z < n; z++) {
            bySize[z] = z;
        }
        Arrays.sort(bySize, Comparator.<Integer>comparingDouble(z -> -gdp[z]).thenComparingInt(z -> z));
        int top = Math.min(n, p.getInt(Param.COPARKS_TOP_ZONES));
        List<List<Integer>> partners = new ArrayList<>();
        for (int z = 0; z < n; z++) {
            partners.add(new ArrayList<>());
        }
        for (int t = 0; t < top && n > top; t++) {
            int big = bySize[t];
            for (int k = 0; k < p.getInt(Param.COPARKS_PER_ZONE); k++) {
                int small = bySize[top + rng.nextInt(n - top)];
                if (!partners.get(big).contains(small)) {
                    partners.get(big).add(small);
                    partners.get(small).add(big);
                }
            }
        }
        for (int z = 0; z < n; z++) {
            zones.get(z).partnerZones = partners.get(z).stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
