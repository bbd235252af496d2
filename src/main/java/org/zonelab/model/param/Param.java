package org.zonelab.model.param;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every number the model uses, with its scenario key, unit, default, allowed range and the source of
 * its default. Scenario files override them by key under {@code parameters:}; {@code docs/ODD.md}
 * lists them all. Sources: D = seed/DIGEST.md, F = data/FACTS.md, E-A / E-B = data/EVIDENCE.md parts
 * A and B (section numbers after them); "calibrated" says against what.
 */
public enum Param {
    // ---- Initial state, end of 2019, national scale ---------------------------------------------
    INIT_FIRMS("init_firms", "firms", 150_000, 1_000, 2_000_000, Kind.INTEGER,
            "F 2: gazelle rate 2.75% implies 94k (2016); 165k (2020), 182k (2021); ODD 5",
            "Firms in the zones' statistics at the end of the year before start_year"),
    INIT_HIGH_TECH_ENTERPRISES("init_high_tech_enterprises", "firms", 81_000, 0, 2_000_000, Kind.INTEGER,
            "D table: 81,000 (35.9% of China)", "High-tech enterprises at the start"),
    INIT_GAZELLES("init_gazelles", "firms", 2_968, 0, 100_000, Kind.INTEGER,
            "D table: 2,968", "Gazelles at the start"),
    INIT_UNICORNS("init_unicorns", "firms", 126, 0, 10_000, Kind.INTEGER,
            "D table: 126 (58% of China)", "Unicorns at the start"),
    INIT_NEZHA("init_nezha", "firms", 59, 0, 10_000, Kind.INTEGER,
            "D table: 59 (36.2% of China)", "Nezha firms at the start"),
    INIT_LISTED_FIRMS("init_listed_firms", "firms", 1_400, 0, 100_000, Kind.INTEGER,
            "calibrated: E-A 7c gives >1,600 listed (1,494 domestic) in 2020; minus about 200 listings in 2020",
            "Listed firms at the start"),
    INIT_INCUBATORS("init_incubators", "incubators", 544, 0, 100_000, Kind.INTEGER,
            "D table: 544 national-level incubators (2018)", "National-level incubators at the start"),
    INIT_MAKER_SPACES("init_maker_spaces", "maker spaces", 906, 0, 100_000, Kind.INTEGER,
            "D table: 906 registered maker spaces (2018)", "Registered maker spaces at the start"),
    INIT_GDP_BN("init_gdp_bn", "CNY bn/year", 12_200, 1, 1_000_000, Kind.REAL,
            "F 2 (2019): 12.2 trillion = 12.3% of national GDP", "Zones' GDP (value added) in the base year"),
    INIT_EXPORTS_BN("init_exports_bn", "CNY bn/year", 4_100, 0, 1_000_000, Kind.REAL,
            "D table: 4.1 trillion (21.6% of China)", "Zones' exports in the base year"),
    INIT_FDI_BN("init_fdi_bn", "CNY bn/year", 382.76, 0, 100_000, Kind.REAL,
            "D table: 382.76 bn actually used (40.7% of China)", "FDI actually used in the base year"),
    INIT_LAND_HA("init_land_ha", "ha", 960_000, 1_000, 1e8, Kind.REAL,
            "E-A 7c [DERIVED]: 0.1% of 9.6m km2", "Zones' total land"),
    INIT_LAND_USED_MIN("init_land_used_min", "share", 0.55, 0, 1, Kind.REAL,
            "assumption (no per-zone data, E-A 7c gap); uniform draw between min and max",
            "Lowest initial share of a zone's land in use"),
    INIT_LAND_USED_MAX("init_land_used_max", "share", 0.95, 0, 1, Kind.REAL,
            "assumption (no per-zone data, E-A 7c gap)", "Highest initial share of a zone's land in use"),
    INIT_AGE_MEAN_YEARS("init_age_mean_years", "years", 6, 0.5, 30, Kind.REAL,
            "calibrated: a population growing about 10%/year with 8% exits has a mean age near 6 years",
            "Mean firm age at the start (exponential, truncated at init_max_age_years)"),
    INIT_SIZE_SIGMA("init_size_sigma", "log CNY", 1.9, 0.1, 4, Kind.REAL,
            "calibrated: heavy-tailed (log-normal) firm sizes; with the mean fixed by GDP, median revenue about 50m CNY",
            "Log-sd of initial firm revenue"),
    INIT_CASH_YEARS("init_cash_years", "years of revenue", 0.2, 0, 5, Kind.REAL,
            "assumption", "Initial cash holdings as a multiple of annual revenue"),
    INIT_VENTURE_BACKED_SHARE("init_venture_backed_share", "share", 0.06, 0, 1, Kind.REAL,
            "calibrated: about 100 bn of VC a year (E-B 7) over 3-5 year holdings",
            "Share of firms under 10 years old that hold venture investment at the start"),
    INIT_FOREIGN_SHARE("init_foreign_share", "share", 0.06, 0, 1, Kind.REAL,
            "assumption: foreign-invested firms in the zones' statistics", "Share of foreign-invested firms at the start"),
    INIT_EXPORTER_SHARE("init_exporter_share", "share", 0.3, 0.01, 1, Kind.REAL,
            "assumption; export shares are then scaled to match init_exports_bn", "Share of firms that export"),

    INIT_SIZE_AGE_YEARS("init_size_age_years", "years", 10, 0.1, 50, Kind.REAL,
            "calibrated (issue 13): initial firms aged 1-3 then have about the revenue of firms of the same age born during a baseline run (median and 90th percentile within a factor of 2; with the old proportional scaling they were 5-10 times larger)",
            "Age over which an initial firm's log revenue (and knowledge) moves, with the square of age, from the law of entrants grown at init_young_growth to the zone-scaled size law"),
    INIT_YOUNG_GROWTH("init_young_growth", "1/year", 0.085, -1, 2, Kind.REAL,
            "calibrated (issue 13): median revenue of surviving firms born during a baseline run grows from 3.2m CNY at age 0 to 4.9m at age 5",
            "Yearly log growth of the median young firm, by which the initial state grows the entrants' size law to a young firm's age"),
    INIT_YOUNG_SPREAD("init_young_spread", "log/sqrt(year)", 0.2, 0, 2, Kind.REAL,
            "calibrated (issue 13): the log-sd of surviving young firms' revenue widens from 1.0 at birth to about 1.1 at age 5",
            "Widening of the young firms' log revenue spread with the square root of age, in the initial state"),
    INIT_FAST_ROUTE_CAP("init_fast_route_cap", "x route threshold", 0.9, 0.1, 1, Kind.REAL,
            "construction: the 2019 gazelles all come from the CAGR route", "Cap on young initial firms' revenue relative to the fast-to-scale thresholds"),
    INIT_HTE_SIZE_BIAS("init_hte_size_bias", "1", 0.14, 0, 3, Kind.REAL,
            "calibrated: with firms at their thresholds, zone R&D of 825.9 bn (2019) needs high-tech status somewhat commoner among smaller firms; refitted to 0.14 when young initial firms got entrant-like sizes (issue 13)",
            "Elasticity of the chance of being an initial high-tech enterprise to revenue (negative direction)"),
    INIT_HTE_PATENTS_MEAN("init_hte_patents_mean", "patents", 3, 0, 1000, Kind.REAL, "assumption (E-A 7c: 388 valid patents per 10k employees)", "Mean invention patents of an initial high-tech enterprise beyond its first"),
    INIT_OTHER_PATENTS_MEAN("init_other_patents_mean", "patents", 0.5, 0, 1000, Kind.REAL, "assumption", "Mean invention patents of another initial firm"),
    INIT_OTHER_RD_CAP("init_other_rd_cap", "x threshold", 0.95, 0, 1, Kind.REAL,
            "construction: initial firms not chosen as high-tech stay below their threshold", "Cap on their R&D intensity relative to the threshold"),
    HIST_GROWTH_MEAN("hist_growth_mean", "log growth/year", 0.085, -1, 1, Kind.REAL,
            "calibrated (issue 13): mature surviving firms of a baseline run grow 0.087-0.088 a year (log, 2021-2027); F 2: zone revenue grew about 10%/year 2015-2019",
            "Mean yearly log growth of mature initial firms in their revenue history (young ones add young_growth_premium, fading with age as in the run)"),
    HIST_GROWTH_SD("hist_growth_sd", "log growth/year", 0.12, 0, 3, Kind.REAL,
            "calibrated (issue 13): the spread of mature firms' yearly log growth in a baseline run is 0.11-0.13", "Spread of that growth"),
    INIT_GAZELLE_CAGR_SPREAD("init_gazelle_cagr_spread", "1/year", 0.4, 0, 5, Kind.REAL, "assumption", "Range of initial gazelles' CAGR above the minimum"),
    INIT_UNICORN_PARETO("init_unicorn_pareto", "1", 1.2, 0.5, 10, Kind.REAL, "assumption: heavy-tailed valuations (F 2: super-unicorns exist)", "Pareto exponent of initial unicorn valuations"),
    INIT_UNICORN_MIN_REVENUE_BN("init_unicorn_min_revenue_bn", "CNY bn/year", 0.05, 0, 100, Kind.REAL, "assumption", "Least revenue of an initial unicorn"),
    INIT_RAISED_SHARE("init_raised_share", "share of valuation", 0.2, 0, 1, Kind.REAL, "assumption: about one round's dilution", "Capital raised so far by an initial venture-backed firm"),
    INIT_INVESTORS_PER_BACKED_FIRM("init_investors_per_backed_firm", "investors", 2, 1, 20, Kind.INTEGER, "assumption", "Investors of an initial venture-backed firm"),
    INIT_MAX_AGE_YEARS("init_max_age_years", "years", 30, 5, 100, Kind.REAL,
            "assumption: the oldest zones date from 1988; older firms that moved in are few",
            "Oldest firm age at the start (the exponential age draw is truncated here)"),
    INIT_ANCHOR_MAX_SHARE("init_anchor_max_share", "share of init_gdp_bn", 0.9, 0.1, 1, Kind.REAL,
            "guard: only synthetic or partial catalogues reach it", "Largest share of the initial GDP that published zone anchors may take"),
    INIT_GAZELLE_BASE_MARGIN("init_gazelle_base_margin", "share", 0.01, 0, 1, Kind.REAL,
            "construction: a constructed gazelle path's first year stays above gazelle_min_base_revenue_bn",
            "Margin above the least revenue a constructed gazelle path needs"),
    INIT_UNICORN_ROUNDS("init_unicorn_rounds", "rounds", 3, 1, 20, Kind.INTEGER,
            "assumption: an initial unicorn is past Series B", "Rounds raised by an initial unicorn"),
    INIT_NEZHA_MAX_ROUNDS("init_nezha_max_rounds", "rounds", 2, 1, 20, Kind.INTEGER,
            "assumption: initial nezha are at seed or Series A", "Most rounds of an initial nezha firm (uniform from 1)"),
    INIT_NEZHA_RAISED_MIN("init_nezha_raised_min", "x nezha line", 1.05, 1, 10, Kind.REAL,
            "construction: initial nezha raised more than nezha_min_raised_bn by Series A",
            "Least Series-A money of an initial nezha firm relative to the nezha line (plus a uniform 0 to 1)"),
    INIT_BACKED_MAX_ROUNDS("init_backed_max_rounds", "rounds", 3, 1, 20, Kind.INTEGER,
            "assumption", "Most rounds of another initial venture-backed firm (uniform from 1)"),
    INIT_BELOW_LINE_SHARE("init_below_line_share", "share of the line", 0.9, 0, 1, Kind.REAL,
            "construction: initial firms not chosen as unicorns or nezha stay below those lines",
            "Cap on other initial firms' valuation and Series-A money relative to the unicorn and nezha lines"),
    SPECIALISATION_SPREAD("specialisation_spread", "log", 0.8, 0, 5, Kind.REAL, "assumption (no per-zone sector data)", "Log-sd of zones' sector weights around national shares"),
    SPECIALISATION_LEAD("specialisation_lead", "x", 3, 1, 100, Kind.REAL, "assumption: each zone has a lead industry", "Weight multiplier of a zone's lead sector"),
    FACILITY_SIZE_ELASTICITY("facility_size_elasticity", "1", 0.5, 0, 2, Kind.REAL, "assumption", "Elasticity of a zone's initial incubators and maker spaces to its GDP"),
    INVESTOR_CONCENTRATION("investor_concentration", "1", 1.5, 0, 5, Kind.REAL, "E-B 7: Beijing 30-40% of VC amount", "Elasticity of investors' home-zone choice to zone GDP"),
    INVESTOR_FOCUS_SECTORS("investor_focus_sectors", "sectors", 3, 1, 8, Kind.INTEGER, "assumption; corporate VCs focus on one", "Focus sectors of a financial investor"),

    // ---- Zone sizes and facilities --------------------------------------------------------------
    ZONE_RANK_EXPONENT("zone_rank_exponent", "1", 1.0, 0, 3, Kind.REAL,
            "calibrated: rank-size (Zipf) law through the published 2019 GDP of SIP, Wuhan and Chengdu (F 3)",
            "Exponent of the rank-size law for zones without published GDP"),
    ZONE_TIER1_SCORE("zone_tier1_score", "rank points", 2.0, 0, 10, Kind.REAL,
            "assumption: first-tier cities host the largest zones", "Ranking score of a first-tier city"),
    ZONE_TIER2_SCORE("zone_tier2_score", "rank points", 1.0, 0, 10, Kind.REAL,
            "assumption", "Ranking score of a new-first-tier city"),
    ZONE_AGE_SCORE("zone_age_score", "rank points/decade", 0.5, 0, 10, Kind.REAL,
            "assumption: older zones are larger", "Ranking score per decade since approval"),
    ZONE_PROGRAMME_SHARE("zone_programme_share", "share of zone taxes", 0.01, 0, 1, Kind.REAL,
            "calibrated: national-level incubators grew about 10%/year after 2018 (E-A 7c)",
            "Share of zone firms' taxes the zone spends on its standing innovation programmes"),
    ZONE_TAX_RETENTION("zone_tax_retention", "share of zone taxes", 0.1, 0, 1, Kind.REAL,
            "assumption: zones keep part of local taxes (D issue 10)", "Share of zone firms' taxes credited to the zone's budget"),
    SPEND_INCUBATORS("spend_incubators", "share of programme budget", 0.3, 0, 1, Kind.REAL,
            "assumption", "Part of the programme budget spent on incubators"),
    SPEND_MAKER_SPACES("spend_maker_spaces", "share of programme budget", 0.2, 0, 1, Kind.REAL,
            "assumption", "Part spent on maker spaces; the rest goes to R&D platforms"),
    INCUBATOR_COST_BN("incubator_cost_bn", "CNY bn", 0.05, 0.001, 10, Kind.REAL,
            "assumption", "Budget cost of one new incubator"),
    MAKER_SPACE_COST_BN("maker_space_cost_bn", "CNY bn", 0.02, 0.001, 10, Kind.REAL,
            "assumption", "Budget cost of one new maker space"),
    PLATFORM_COST_BN("platform_cost_bn", "CNY bn per strength point", 2.0, 0.01, 100, Kind.REAL,
            "assumption", "Budget cost of one unit of R&D platform strength"),
    PLATFORM_DECAY("platform_decay", "1/year", 0.15, 0, 1, Kind.REAL,
            "literature (issue 13): 15 %/year, the conventional depreciation of R&D capital (Hall, Mairesse and Mohnen 2010, Handbook of the Economics of Innovation 2:1033); 5 % before",
            "Depreciation of platform strength"),
    FACILITY_CLOSURE_RATE("facility_closure_rate", "1/year", 0.08, 0, 1, Kind.REAL,
            "calibrated: with zone_programme_share, net growth of incubators near 10%/year", "Share of incubators and maker spaces closing each year"),
    RENT_CONGESTION("rent_congestion", "1", 1.0, 0, 10, Kind.REAL,
            "assumption: rent rises as free land runs out (E-A 7b, land prices)",
            "Rise of the rent index as the used-land share goes from rent_congestion_start to 1"),
    RENT_CONGESTION_START("rent_congestion_start", "share of land", 0.5, 0, 0.9, Kind.REAL,
            "assumption: rent rises with land use above one half (E-A 7b)",
            "Used-land share above which congestion raises rent"),
    RENT_LEVEL("rent_level", "index", 1.0, 0.1, 10, Kind.REAL,
            "normalisation", "Multiplier on every zone's rent index"),
    LAND_PER_EMPLOYEE_HA("land_per_employee_ha", "ha/person", 0.028, 0.001, 1, Kind.REAL,
            "derived: init_land_ha x 0.75 used / 26.0 million employees (F 2: 26.56 million in Q1 2020)", "Land used per employee"),
    TALENT_TIER1("talent_tier1", "talent index", 1.4, 0, 10, Kind.REAL,
            "assumption: talent concentrates in first-tier cities (E-A 7c: 66% of S&T staff in the East)", "Talent index of a first-tier city"),
    TALENT_TIER2("talent_tier2", "talent index", 1.2, 0, 10, Kind.REAL, "assumption", "Talent index of a new-first-tier city"),
    TALENT_OTHER("talent_other", "talent index", 0.9, 0, 10, Kind.REAL, "assumption", "Talent index of other cities"),
    PLATFORM_INIT_TIER1("platform_init_tier1", "strength", 1.0, 0, 10, Kind.REAL, "assumption: national labs cluster in large cities", "Initial R&D platform strength, first-tier city"),
    PLATFORM_INIT_OTHER("platform_init_other", "strength", 0.3, 0, 10, Kind.REAL, "assumption", "Initial R&D platform strength elsewhere (tier 2 gets the mean of the two)"),
    COPARKS_TOP_ZONES("coparks_top_zones", "zones", 10, 0, 169, Kind.INTEGER, "D issue 7: ZGC 27 co-built parks, East Lake ~30", "Largest zones that start with co-built partner parks"),
    COPARKS_PER_ZONE("coparks_per_zone", "partner zones", 4, 0, 100, Kind.INTEGER, "assumption (D issue 7)", "Partner zones each of them starts with"),

    GOVERNANCE_EFFICIENCY_ADMIN("governance_efficiency_admin", "0..1", 0.6, 0.1, 1, Kind.REAL, "assumption (D issue 10)", "Governance efficiency of an administrative committee"),
    GOVERNANCE_EFFICIENCY_COMPANY("governance_efficiency_company", "0..1", 0.75, 0, 1, Kind.REAL, "assumption (D issue 10: Zhengzhou)", "Efficiency of a committee-plus-company model"),
    GOVERNANCE_EFFICIENCY_STATUTORY("governance_efficiency_statutory", "0..1", 0.85, 0, 1, Kind.REAL, "assumption (D issue 10: Tianjin)", "Efficiency of a statutory body"),
    INIT_SHARE_COMPANY_MODEL("init_share_company_model", "share of zones", 0.15, 0, 1, Kind.REAL, "assumption", "Zones run as committee plus company at the start"),
    INIT_SHARE_STATUTORY("init_share_statutory", "share of zones", 0.05, 0, 1, Kind.REAL, "assumption", "Zones run by a statutory body at the start"),
    INIT_SHARE_INCLUSIVE("init_share_inclusive", "share of zones", 0.15, 0, 1, Kind.REAL, "assumption (D issue 9: Wuhu model)", "Zones with inclusive-prudent regulation at the start"),
    FRICTION_COST("friction_cost", "share of value added", 0.02, 0, 1, Kind.REAL, "assumption", "Firms' friction cost of dealing with a zone of efficiency 0 (it falls linearly to 0 at efficiency 1)"),
    STRICT_DIGITAL_ENTRY("strict_digital_entry", "x", 0.8, 0, 1, Kind.REAL, "assumption (D issue 9)", "Entry multiplier of DIGITAL firms under strict regulation"),
    STRICT_DIGITAL_HAZARD("strict_digital_hazard", "x", 1.3, 0.1, 5, Kind.REAL, "assumption (D issue 9)", "Exit-hazard multiplier of DIGITAL firms under strict regulation"),

    // ---- Sectors --------------------------------------------------------------------------------
    SHARE_IT("share_it", "share", 0.22, 0, 1, Kind.REAL, "assumption: E-B 1.4 sector shares", "Share of firms in IT"),
    SHARE_IC("share_ic", "share", 0.06, 0, 1, Kind.REAL, "assumption: E-B 1.4", "Share of firms in IC"),
    SHARE_BIO("share_bio", "share", 0.13, 0, 1, Kind.REAL, "assumption: E-B 1.4", "Share of firms in BIO"),
    SHARE_EQUIPMENT("share_equipment", "share", 0.2, 0, 1, Kind.REAL, "assumption", "Share of firms in EQUIPMENT"),
    SHARE_MATERIALS("share_materials", "share", 0.12, 0, 1, Kind.REAL, "assumption", "Share of firms in MATERIALS"),
    SHARE_ENERGY("share_energy", "share", 0.08, 0, 1, Kind.REAL, "assumption", "Share of firms in ENERGY"),
    SHARE_DIGITAL("share_digital", "share", 0.13, 0, 1, Kind.REAL, "assumption", "Share of firms in DIGITAL"),
    SHARE_OPTO("share_opto", "share", 0.06, 0, 1, Kind.REAL, "assumption", "Share of firms in OPTO"),
    DEMAND_IT("demand_it", "1/year", 0.08, -0.5, 0.5, Kind.REAL, "calibrated: zone GDP grew about 10%/year 2017-2019 (F 2)", "Demand growth in IT"),
    DEMAND_IC("demand_ic", "1/year", 0.10, -0.5, 0.5, Kind.REAL, "calibrated: as demand_it", "Demand growth in IC"),
    DEMAND_BIO("demand_bio", "1/year", 0.09, -0.5, 0.5, Kind.REAL, "calibrated: as demand_it", "Demand growth in BIO"),
    DEMAND_EQUIPMENT("demand_equipment", "1/year", 0.06, -0.5, 0.5, Kind.REAL, "calibrated: as demand_it", "Demand growth in EQUIPMENT"),
    DEMAND_MATERIALS("demand_materials", "1/year", 0.06, -0.5, 0.5, Kind.REAL, "calibrated: as demand_it", "Demand growth in MATERIALS"),
    DEMAND_ENERGY("demand_energy", "1/year", 0.07, -0.5, 0.5, Kind.REAL, "calibrated: as demand_it", "Demand growth in ENERGY"),
    DEMAND_DIGITAL("demand_digital", "1/year", 0.11, -0.5, 0.5, Kind.REAL, "calibrated: as demand_it", "Demand growth in DIGITAL"),
    DEMAND_OPTO("demand_opto", "1/year", 0.08, -0.5, 0.5, Kind.REAL, "calibrated: as demand_it", "Demand growth in OPTO"),
    DEMAND_NEW_TRACK("demand_new_track", "1/year", 0.14, -0.5, 0.5, Kind.REAL, "assumption: new tracks grow fastest", "Demand growth in new-track sectors"),
    EXPORT_DEMAND_GROWTH("export_demand_growth", "1/year", 0.03, -0.5, 0.5, Kind.REAL, "assumption", "Extra growth of the export part of revenue"),

    // ---- Production, costs, tax -----------------------------------------------------------------
    VALUE_ADDED_RATIO("value_added_ratio", "share of revenue", 0.286, 0.05, 1, Kind.REAL,
            "F 2 (2013): value added 5.8 / revenue 20.3 trillion", "Value added per yuan of revenue"),
    REVENUE_PER_EMPLOYEE_MN("revenue_per_employee_mn", "CNY m/person/year", 1.64, 0.05, 100, Kind.REAL,
            "derived: (init_gdp_bn / value_added_ratio) / 26.0 million employees (F 2)", "Revenue per employee"),
    WAGE_CNY("wage_cny", "CNY/person/year", 130_000, 10_000, 2_000_000, Kind.REAL,
            "E-A 7a / 8 #25: IT 161,352 (non-private), 85,301 (private), East", "Annual wage in the East"),
    WAGE_CENTRAL("wage_central", "x East", 0.71, 0.1, 2, Kind.REAL, "E-A 8 #26", "Wage multiplier, Central"),
    WAGE_WEST("wage_west", "x East", 0.79, 0.1, 2, Kind.REAL, "E-A 8 #26", "Wage multiplier, West"),
    WAGE_NORTHEAST("wage_northeast", "x East", 0.69, 0.1, 2, Kind.REAL, "E-A 8 #26", "Wage multiplier, Northeast"),
    RENT_CNY("rent_cny", "CNY/person/year", 12_000, 0, 1_000_000, Kind.REAL,
            "assumption: about 800 CNY/m2 land (E-A 7b) on 15 m2 per worker, annualised", "Rent per employee at rent index 1"),
    WAGE_GROWTH("wage_growth", "1/year", 0.07, -0.5, 0.5, Kind.REAL, "NBS: urban wages grew 7-10%/year 2015-2019 (E-A 7a)", "Nominal growth of wages and rents"),
    PRODUCTIVITY_GROWTH("productivity_growth", "1/year", 0.06, -0.5, 0.5, Kind.REAL, "calibrated: zone employment grew about 2%/year (F 2) with revenue near 8%", "Nominal growth of revenue per employee"),
    CAPITAL_CHARGE("capital_charge", "share of value added", 0.30, 0, 1, Kind.REAL,
            "calibrated: leaves the zones a pre-tax margin near 7% of revenue", "Depreciation and interest"),
    FIXED_COST_BN("fixed_cost_bn", "CNY bn/year", 0.0005, 0, 1, Kind.REAL,
            "assumption: a minimal team of a few people", "Fixed operating cost of a firm"),
    VA_TAX_RATE("va_tax_rate", "share of value added", 0.105, 0, 1, Kind.REAL,
            "calibrated: total tax 1.9 trillion = 11.8% of national tax in 2019 (F 2)", "Turnover taxes on value added"),
    CIT_RATE("cit_rate", "share of profit", 0.25, 0, 1, Kind.REAL, "E-A 3: standard corporate income tax", "Corporate income tax"),
    CIT_RATE_HIGH_TECH("cit_rate_high_tech", "share of profit", 0.15, 0, 1, Kind.REAL, "E-A 3: HNTE rate", "Corporate income tax of high-tech enterprises"),

    // ---- R&D, knowledge, patents ----------------------------------------------------------------
    HTE_THRESHOLD_SMALL("hte_threshold_small", "R&D/revenue", 0.05, 0, 1, Kind.REAL, "E-A 3: revenue up to 50m CNY", "High-tech R&D threshold, small firms"),
    HTE_THRESHOLD_MID("hte_threshold_mid", "R&D/revenue", 0.04, 0, 1, Kind.REAL, "E-A 3: 50-200m CNY", "High-tech R&D threshold, mid-size firms"),
    HTE_THRESHOLD_LARGE("hte_threshold_large", "R&D/revenue", 0.03, 0, 1, Kind.REAL, "E-A 3: above 200m CNY", "High-tech R&D threshold, large firms"),
    HTE_BAND_SMALL_BN("hte_band_small_bn", "CNY bn/year", 0.05, 0, 100, Kind.REAL, "E-A 3", "Upper revenue of the small band"),
    HTE_BAND_LARGE_BN("hte_band_large_bn", "CNY bn/year", 0.2, 0, 100, Kind.REAL, "E-A 3", "Upper revenue of the mid band"),
    HTE_MIN_AGE_YEARS("hte_min_age_years", "years", 1, 0, 10, Kind.REAL, "E-A 3: registered for at least a year", "Minimum age of a high-tech enterprise"),
    HTE_BUNCHING_MARGIN("hte_bunching_margin", "share of threshold", 0.1, 0, 2, Kind.REAL,
            "E-A 8 #12: bunching just above the threshold (Chen et al.)", "How far above its threshold an HTE-seeking firm sets R&D (uniform up to this)"),
    OTHER_RD_MEDIAN("other_rd_median", "R&D/revenue", 0.006, 0, 1, Kind.REAL,
            "calibrated: total zone R&D 825.9 bn with high-tech enterprises bunched at their thresholds (E-A 8 #12-13)",
            "Median R&D intensity of firms not seeking high-tech status"),
    OTHER_RD_MAX("other_rd_max", "R&D/revenue", 0.3, 0, 2, Kind.REAL, "assumption: beyond this a firm is an R&D lab", "Cap on that intensity"),
    OTHER_RD_SIGMA("other_rd_sigma", "log", 0.8, 0, 3, Kind.REAL, "assumption: log-normal (E-A 8 #12)", "Log-sd of that intensity"),
    STARTUP_RD_INTENSITY("startup_rd_intensity", "R&D/revenue", 0.05, 0, 2, Kind.REAL,
            "assumption: young technology firms spend heavily before revenue", "Extra R&D intensity of a new firm, fading over startup_years"),
    STARTUP_YEARS("startup_years", "years", 3, 0.25, 10, Kind.REAL, "assumption: nezha window (F 4)", "Time scale over which start-up traits fade"),
    RND_PRODUCTIVITY("rnd_productivity", "log knowledge per unit R&D intensity", 1.0, 0, 20, Kind.REAL,
            "calibrated: knowledge of an HTE grows about 5%/year", "Knowledge growth per unit of R&D intensity per year"),
    KNOWLEDGE_DEPRECIATION("knowledge_depreciation", "1/year", 0.04, 0, 1, Kind.REAL,
            "assumption: obsolescence relative to the frontier", "Knowledge depreciation"),
    KNOWLEDGE_NOISE("knowledge_noise", "log sd/year^0.5", 0.05, 0, 1, Kind.REAL, "assumption", "Noise in knowledge growth"),
    OTHER_IP_PER_BN("other_ip_per_bn", "class-II IP items per CNY bn of R&D", 800, 0, 100_000, Kind.REAL,
            "assumption: CNIPA 2019 granted about 5x as many utility models as invention patents, plus software copyrights (E-A 3: class-II IP counts for high-tech status)",
            "Utility models and software copyrights per unit of R&D"),
    PATENT_YIELD_PER_BN("patent_yield_per_bn", "invention patents per CNY bn of R&D", 100, 0, 10_000, Kind.REAL,
            "E-A 8 #14: 15 grants per 100m CNY", "Invention patents granted per unit of R&D, before spillovers (expected grants = yield x R&D x (1 + spillover))"),
    PCT_PER_PATENT("pct_per_patent", "PCT filings per patent", 0.17, 0, 5, Kind.REAL,
            "derived: 44.7% of China's 58,990 PCT filings (2019) over about 124k zone grants (E-A 4c)", "PCT applications per invention patent of a non-exporter"),
    PCT_EXPORT_BOOST("pct_export_boost", "x", 3.0, 0, 20, Kind.REAL, "assumption: exporters file abroad", "Multiplier on PCT filings per unit of export share"),
    SPILL_LOCALISATION("spill_localisation", "x R&D productivity per log mass", 0.1, 0, 5, Kind.REAL,
            "E-A 8 #21-22: MAR 0.6 of the agglomeration effect", "Spillover from same-sector firms in the zone"),
    SPILL_MASS_REF("spill_mass_ref", "firms (national)", 100, 1, 100_000, Kind.REAL, "normalisation", "Same-sector mass at which the localisation spillover is ln 2"),
    SPILL_DIVERSITY("spill_diversity", "x R&D productivity", 0.2, 0, 5, Kind.REAL,
            "E-A 8 #22: Jacobs 0.4 of the agglomeration effect", "Spillover from the zone's sector diversity (1 - HHI)"),
    SPILL_PLATFORM("spill_platform", "x R&D productivity per doubling of 1 + strength", 0.2, 0, 5, Kind.REAL, "assumption", "Spillover from the zone's R&D platforms, with diminishing returns: spill_platform x log2(1 + strength)"),
    SPILL_PARTNER("spill_partner", "1/year", 0.15, 0, 5, Kind.REAL,
            "assumption: 70% of patents are co-invented (E-A 8 #23)", "Catch-up rate toward partners' higher knowledge"),
    SPILL_BRANCH("spill_branch", "x R&D productivity per branch", 0.05, 0, 5, Kind.REAL, "assumption", "Spillover from each branch's zone"),
    GROWTH_KNOWLEDGE("growth_knowledge", "1", 0.5, 0, 10, Kind.REAL,
            "calibrated", "Revenue drift per unit of knowledge growth"),
    KNOWLEDGE_RENT("knowledge_rent", "1/year", 0.04, 0, 1, Kind.REAL,
            "assumption", "Revenue drift per log unit of knowledge above the sector mean"),

    // ---- Growth ---------------------------------------------------------------------------------
    GROWTH_DRIFT("growth_drift", "1/year", -0.03, -1, 1, Kind.REAL,
            "calibrated: zone GDP growth near 10%/year nominal (F 2)", "Baseline log-revenue drift of all firms"),
    GROWTH_SIZE_ELASTICITY("growth_size_elasticity", "1/year per log size", 0.01, -0.1, 0.1, Kind.REAL,
            "calibrated: gazelles (3-year CAGR of 20%) stay near 2% of firms (F 2) while zone GDP grows near 9%/year, so growth is led by large firms",
            "Drift gained per log unit of revenue above volatility_ref_bn"),
    CAPITAL_GROWTH("capital_growth", "1/year per log cash ratio", 0.02, 0, 1, Kind.REAL,
            "assumption: venture-backed firms scale faster (Puri and Zarutskie 2012)",
            "Drift gained per log unit of cash above the buffer of init_cash_years, relative to revenue"),
    GROWTH_VOLATILITY("growth_volatility", "log sd/year", 0.1, 0, 1, Kind.REAL,
            "assumption: Laplace growth-rate distributions of firms (Stanley et al. 1996)", "Growth volatility at the reference size"),
    VOLATILITY_SIZE_ELASTICITY("volatility_size_elasticity", "1", 0.2, 0, 1, Kind.REAL,
            "Stanley et al. 1996: volatility falls with size^-0.15..0.2", "Elasticity of volatility to size"),
    VOLATILITY_REF_BN("volatility_ref_bn", "CNY bn/year", 0.05, 0.0001, 100, Kind.REAL, "normalisation", "Reference revenue for volatility"),
    VOLATILITY_MIN_FACTOR("volatility_min_factor", "x", 0.1, 0, 1, Kind.REAL, "assumption: keeps the giants' volatility above 3%/year", "Lower bound of the size factor of volatility"),
    VOLATILITY_MAX_FACTOR("volatility_max_factor", "x", 5, 1, 100, Kind.REAL, "assumption: keeps the smallest firms' volatility finite", "Upper bound of the size factor of volatility"),
    YOUNG_GROWTH_PREMIUM("young_growth_premium", "1/year", 0.12, 0, 3, Kind.REAL,
            "calibrated (issue 13): with initial histories drawn from the run's own growth law, the gazelle count stays near its 2019 level (F 2: 1,888 in 2014 to 2,968, about +8%/year) in 2020-2022 instead of stepping to 1.8 times it at the first certification (0.15 before; 0.08 lets it fall by a fifth, 0.11 holds it at 2,900-3,200)",
            "Extra drift of a new firm, fading over startup_years"),
    RENT_GROWTH_PENALTY("rent_growth_penalty", "1/year per rent index", 0.03, 0, 1, Kind.REAL,
            "assumption: congestion costs", "Drift lost per unit of rent index above 1"),
    TALENT_GROWTH_EFFECT("talent_growth_effect", "1/year per talent index", 0.02, 0, 1, Kind.REAL,
            "assumption", "Drift gained per unit of talent index above 1"),
    BRANCH_MARKET_GROWTH("branch_market_growth", "1/year per branch", 0.01, 0, 1, Kind.REAL,
            "assumption: market access through branches", "Drift gained per branch"),
    BRANCH_ACTIVITY_SHARE("branch_activity_share", "share", 0.1, 0, 0.5, Kind.REAL,
            "assumption", "Share of a firm's value added and staff located at each branch"),

    // ---- Entry and exit -------------------------------------------------------------------------
    ENTRY_RATE("entry_rate", "entrants per firm per year", 0.09, 0, 2, Kind.REAL,
            "calibrated: zone firm counts grew about 10%/year 2016-2021 (F 2, E-A 7c)", "Entry proportional to a zone's firms"),
    BIRTHS_PER_INCUBATOR("births_per_incubator", "entrants/year", 10, 0, 100, Kind.REAL,
            "calibrated: as entry_rate", "Entrants per incubator"),
    BIRTHS_PER_MAKER_SPACE("births_per_maker_space", "entrants/year", 5, 0, 100, Kind.REAL,
            "calibrated: as entry_rate", "Entrants per maker space"),
    TALENT_ENTRY_EFFECT("talent_entry_effect", "1", 0.5, 0, 5, Kind.REAL, "assumption", "Entry multiplier per unit of talent index above 1"),
    SPINOUT_SHARE("spinout_share", "share of entrants", 0.15, 0, 1, Kind.REAL, "E-A 8 #9: 0.07-0.33", "Share of entrants that are spin-outs of existing firms"),
    SPINOUT_KNOWLEDGE("spinout_knowledge", "share of parent's", 0.8, 0.01, 1, Kind.REAL, "assumption", "Knowledge a spin-out takes from its parent"),
    FOREIGN_ENTRY_SHARE("foreign_entry_share", "share of entrants", 0.04, 0, 1, Kind.REAL, "assumption", "Share of entrants that are foreign-invested (at openness 1)"),
    FOREIGN_ENTRY_CAPITAL_BN("foreign_entry_capital_bn", "CNY bn", 0.05, 0, 100, Kind.REAL, "assumption", "FDI brought by a foreign entrant"),
    ENTRANT_REVENUE_BN("entrant_revenue_bn", "CNY bn/year", 0.003, 0.00001, 1, Kind.REAL, "assumption", "Median revenue of a new firm"),
    ENTRANT_REVENUE_SIGMA("entrant_revenue_sigma", "log", 1.0, 0, 2.5, Kind.REAL, "assumption", "Log-sd of new firms' revenue"),
    ENTRANT_KNOWLEDGE_GAP("entrant_knowledge_gap", "log knowledge", -0.2, -5, 5, Kind.REAL, "assumption", "Mean knowledge of a new firm relative to its sector mean"),
    ENTRANT_KNOWLEDGE_SD("entrant_knowledge_sd", "log knowledge", 0.5, 0, 5, Kind.REAL, "assumption", "Spread of new firms' knowledge"),
    INIT_KNOWLEDGE_SD("init_knowledge_sd", "log knowledge", 0.5, 0, 5, Kind.REAL, "assumption", "Spread of initial firms' knowledge"),
    INIT_HTE_KNOWLEDGE("init_hte_knowledge", "log knowledge", 0.3, -5, 5, Kind.REAL, "assumption", "Knowledge lead of initial high-tech enterprises"),
    ENTRANT_EXPORT_SPREAD("entrant_export_spread", "multiple of the mean export share", 2, 0, 10, Kind.REAL,
            "construction: 2 draws an exporting entrant's export share uniformly on [0, 2 x mean], so its mean is the initial exporters' mean",
            "Upper end of an exporting entrant's export-share draw, as a multiple of the mean (capped at 1)"),
    ENTRANT_CASH_BN("entrant_cash_bn", "CNY bn", 0.003, 0, 10, Kind.REAL, "assumption: founders' capital", "Cash of a new firm"),
    HTE_SEEKING_SHARE("hte_seeking_share", "share", 0.6, 0, 1, Kind.REAL,
            "calibrated: init_high_tech_enterprises / init_firms, allowing for those not yet eligible", "Share of new firms that seek high-tech status"),
    EXIT_HAZARD_YEAR1("exit_hazard_year1", "1/year", 0.016, 0, 1, Kind.REAL, "E-A 8 #5 (SAIC 2013)", "Exit hazard in the first year"),
    EXIT_HAZARD_YEAR2("exit_hazard_year2", "1/year", 0.063, 0, 1, Kind.REAL, "E-A 8 #5", "Exit hazard in the second year"),
    EXIT_HAZARD_YEARS3_7("exit_hazard_years3_7", "1/year", 0.09, 0, 1, Kind.REAL, "E-A 8 #5", "Exit hazard in years 3 to 7"),
    EXIT_HAZARD_LATER("exit_hazard_later", "1/year", 0.06, 0, 1, Kind.REAL, "E-A 8 #5: below 8% after year 7", "Exit hazard after year 7"),
    EXIT_SIZE_ELASTICITY("exit_size_elasticity", "1", 0.15, 0, 2, Kind.REAL,
            "E-A 8 #6: 10-year survival 40/65/90% by size", "Fall of the hazard with revenue"),
    INCUBATED_HAZARD("incubated_hazard", "x", 0.7, 0, 2, Kind.REAL, "E-A 8 #7", "Hazard multiplier of firms born in incubators"),
    LISTING_RATE("listing_rate", "1/year", 0.08, 0, 1, Kind.REAL,
            "calibrated: about 200 VC-backed IPOs a year (E-B 7)", "Yearly listing probability of an eligible venture-backed firm"),
    LISTING_RATE_UNBACKED("listing_rate_unbacked", "1/year", 0.014, 0, 1, Kind.REAL,
            "calibrated (issue 13): with listing_rate for venture-backed firms, about 200 IPOs a year in all (E-A 7c: more than 1,600 listed zone firms in 2020, about 200 more than in 2019)",
            "Yearly listing probability of an eligible firm without venture investment"),
    LISTED_EXIT_HAZARD("listed_exit_hazard", "1/year", 0.01, 0, 1, Kind.REAL,
            "assumption: delisting and takeovers of listed firms were rare in China before the 2020 reforms (no figure in data/)",
            "Yearly exit hazard of a listed firm, in place of the age hazards"),
    LISTING_MIN_REVENUE_BN("listing_min_revenue_bn", "CNY bn/year", 0.3, 0, 100, Kind.REAL,
            "assumption: main-board revenue tests", "Revenue needed to list"),
    LISTING_MIN_VALUATION_BN("listing_min_valuation_bn", "CNY bn", 1.0, 0, 1000, Kind.REAL,
            "assumption: STAR Market valuation tests", "Valuation needed to list"),

    CREDIT_LINE("credit_line", "years of revenue", 0.3, 0, 10, Kind.REAL, "assumption: bank credit", "Negative cash a firm can carry before it fails"),
    INIT_BRANCHES_PER_ELIGIBLE("init_branches_per_eligible", "branches/firm", 0.5, 0, 10, Kind.REAL,
            "calibrated: ZGC's more than 14,000 branches outside Beijing (D issue 7)", "Mean branches of a firm above branch_min_revenue_bn at the start"),
    INIT_PARTNER_ATTRITION("init_partner_attrition", "1/year", 0.23, 0, 10, Kind.REAL,
            "calibrated (issue 13): in the baseline's first years either partner exits at about 7%/year each and the firm count grows about 9%/year, so 0.14 + 0.09",
            "Rate at which partnerships per firm fall for reasons other than dissolution (partners' exits, new firms without ties); the initial network has the stationary density partner_formation_rate / (partner_dissolution_rate + this)"),
    INCUBATED_SHARE("incubated_share", "share", 0.05, 0, 1, Kind.REAL, "assumption", "Share of initial firms that came out of incubators"),

    // ---- Investors ------------------------------------------------------------------------------
    INVESTORS("investors", "investors (national)", 3_000, 0, 100_000, Kind.INTEGER,
            "E-B 7: 2,000-5,000 active investors [A]", "Active investors"),
    SHARE_GOVERNMENT_FUNDS("share_government_funds", "share", 0.2, 0, 1, Kind.REAL, "E-B 7: 20-30% of VC capital", "Share of investors that are government guidance funds"),
    SHARE_CORPORATE_VC("share_corporate_vc", "share", 0.18, 0, 1, Kind.REAL, "E-B 7: about 20% of deals", "Share of corporate VCs"),
    SHARE_FOREIGN_VC("share_foreign_vc", "share", 0.1, 0, 1, Kind.REAL, "E-B 7: about 10% of deals", "Share of foreign investors"),
    FUND_SIZE_BN("fund_size_bn", "CNY bn", 0.005, 0.001, 1000, Kind.REAL,
            "calibrated: about 100 bn invested a year in zone firms (E-B 7), with capital concentrated in a few large funds", "Median yearly capital inflow of an investor"),
    VENTURE_SUPPLY_GDP_ELASTICITY("venture_supply_gdp_elasticity", "1", 1.0, 0, 3, Kind.REAL,
            "assumption (issue 13): fundraising keeps its share of the economy; E-B 1.1: equity investment about 575 bn CNY in 2019 and 887 bn in 2020",
            "Elasticity of investors' yearly inflows to the zones' GDP of the last year against 2019 (0 = inflows frozen at their 2019 level)"),
    FUND_SIZE_SIGMA("fund_size_sigma", "log", 2.0, 0, 4, Kind.REAL, "assumption", "Log-sd of investors' capital"),
    SCREEN_CAPACITY("screen_capacity", "applications/quarter", 6, 1, 1000, Kind.INTEGER, "assumption", "Applications an investor screens per quarter"),
    HOME_BIAS("home_bias", "share", 0.5, 0, 1, Kind.REAL, "E-B 7: 30-70% [A]", "Share of screening done in the investor's home zone"),
    FOREIGN_HOME_BIAS("foreign_home_bias", "share", 0.1, 0, 1, Kind.REAL, "assumption: foreign funds search nationally", "Home bias of foreign investors"),
    SECTOR_FOCUS_PENALTY("sector_focus_penalty", "signal units", 0.5, 0, 10, Kind.REAL, "assumption", "Screening penalty outside the investor's focus sectors"),
    SIGNAL_NOISE("signal_noise", "signal units", 0.6, 0, 10, Kind.REAL, "assumption", "Noise of an investor's signal of firm quality"),
    INVEST_NEUTRAL_APPETITE("invest_neutral_appetite", "risk appetite", 0.5, 0, 1, Kind.REAL,
            "construction: the mean of investors' risk appetite, uniform on [0, 1]",
            "Risk appetite at which an investor requires exactly invest_threshold; bolder ones require less"),
    INVEST_THRESHOLD("invest_threshold", "signal units", 0.3, -5, 5, Kind.REAL, "calibrated: deal counts (E-B 7)", "Signal an average-appetite investor requires"),
    FUNDING_RUNWAY_QUARTERS("funding_runway_quarters", "quarters", 4, 0, 40, Kind.REAL, "assumption", "A firm asks for funding when its cash covers fewer quarters of losses than this"),
    STARTUP_APPLY_LEAD("startup_apply_lead", "log knowledge", 0.3, -5, 5, Kind.REAL, "assumption: ambitious start-ups seek venture money early",
            "Knowledge lead over its sector above which an unfunded start-up applies for funding"),
    ROUND_INTERVAL_YEARS("round_interval_years", "years", 1.5, 0.25, 10, Kind.REAL, "E-B 7: 12-24 months [A]", "Time after which a backed firm raises its next round"),
    GOVERNMENT_HOME_BIAS("government_home_bias", "share", 0.9, 0, 1, Kind.REAL, "E-B 2: guidance funds invest locally", "Home bias of government guidance funds"),
    GOVERNMENT_THRESHOLD_DISCOUNT("government_threshold_discount", "signal units", 0.3, 0, 5, Kind.REAL, "assumption: policy mandates", "How much less signal a guidance fund requires"),
    FOREIGN_EXPORT_PREFERENCE("foreign_export_preference", "signal units per export share", 1.0, 0, 10, Kind.REAL, "assumption", "Signal bonus foreign investors give to exporters"),
    GROWTH_SIGNAL_WEIGHT("growth_signal_weight", "signal units per log growth", 1.0, 0, 10, Kind.REAL, "assumption", "Weight of recent revenue growth in an investor's signal"),
    ROUND_SEED_BN("round_seed_bn", "CNY bn", 0.009, 0, 100, Kind.REAL, "E-B 7: angel/early 8-10m", "Seed round size"),
    ROUND_A_BN("round_a_bn", "CNY bn", 0.05, 0, 100, Kind.REAL, "E-B 7: A-B 40-100m", "Series A size"),
    ROUND_B_BN("round_b_bn", "CNY bn", 0.1, 0, 100, Kind.REAL, "E-B 7", "Series B size"),
    ROUND_GROWTH_BN("round_growth_bn", "CNY bn", 0.25, 0, 1000, Kind.REAL, "E-B 7: C+ 150-350m", "Later-round size"),
    ROUND_DILUTION("round_dilution", "share", 0.2, 0.01, 0.9, Kind.REAL, "assumption: step-ups of 2-4x per stage (E-B 7)", "Share of the firm sold in a round"),
    VALUATION_GROWTH_NORM("valuation_growth_norm", "log growth/year", 0.2, 0, 5, Kind.REAL, "assumption", "Yearly revenue plus knowledge growth investors expect of a backed firm"),
    VALUATION_NOISE("valuation_noise", "log sd per round", 0.5, 0, 3, Kind.REAL, "assumption: round pricing is noisy", "Noise in a round's pre-money valuation"),
    VALUATION_STEPUP("valuation_stepup", "x per year", 1.6, 0.5, 10, Kind.REAL,
            "calibrated: about four years to unicorn (E-B 4.2)", "Yearly growth of a backed firm's pre-money valuation with average performance"),
    VALUATION_PERFORMANCE("valuation_performance", "1", 1.5, 0, 10, Kind.REAL, "assumption", "Elasticity of valuation to revenue and knowledge growth"),
    REVENUE_MULTIPLE("revenue_multiple", "x revenue", 3.0, 0, 100, Kind.REAL, "assumption", "Valuation of a firm per yuan of revenue"),
    ROUND_MIN_FILLED("round_min_filled", "share of round size", 0.5, 0, 1, Kind.REAL,
            "assumption: a round that raises less than half its size does not close",
            "Share of a round's nominal size the lead, syndicate and unicorn fund must raise for it to close"),
    ROUND_MAX_BN("round_max_bn", "CNY bn", 1.0, 0.01, 1000, Kind.REAL, "assumption: E-B 7 (D rounds about 0.86 bn)", "Largest round"),
    KNOWLEDGE_VALUATION("knowledge_valuation", "log value per log knowledge lead", 2.0, 0, 10, Kind.REAL,
            "assumption: nezha firms start from a high technical starting point (F 4)", "Elasticity of an early valuation to the firm's knowledge lead"),
    SYNDICATE_SEARCH("syndicate_search", "investors", 3, 1, 50, Kind.INTEGER, "assumption: large rounds go to large funds", "Investors sampled per syndicate seat; the one with most capital joins"),
    SYNDICATE_PARTNERS("syndicate_partners", "investors", 5, 0, 50, Kind.INTEGER, "assumption: rounds above a lead's means are syndicated", "Most other investors asked to fill a round the lead cannot fund alone"),
    GOVERNMENT_COINVEST_SHARE("government_coinvest_share", "share", 0.2, 0, 1, Kind.REAL, "E-B 7: 20-30%", "Share a guidance fund adds to a round it joins"),
    FUND_RECYCLE("fund_recycle", "share", 0.8, 0, 1, Kind.REAL, "assumption", "Share of realised returns recycled into new investments"),

    // ---- Partnerships and new tracks -------------------------------------------------------------
    PARTNERSHIPS_ENABLED("partnerships_enabled", "switch", 1, 0, 1, Kind.SWITCH, "model switch", "Whether firms form partnerships"),
    PARTNER_MAX_DEGREE("partner_max_degree", "partners", 5, 0, 100, Kind.INTEGER, "assumption: bounded degree (E-A 6d)", "Most partners a firm keeps"),
    PARTNER_FORMATION_RATE("partner_formation_rate", "1/year", 0.15, 0, 10, Kind.REAL, "assumption", "Rate at which a firm seeks a new partner"),
    PARTNER_DISSOLUTION_RATE("partner_dissolution_rate", "1/year", 0.15, 0, 10, Kind.REAL, "assumption", "Rate at which a partnership ends"),
    PARTNER_CROSS_SECTOR("partner_cross_sector", "share", 0.3, 0, 1, Kind.REAL, "assumption", "Share of partner searches among all the zone's firms (any sector) rather than the own sector"),
    PARTNER_CROSS_ZONE("partner_cross_zone", "share", 0.2, 0, 1, Kind.REAL, "E-A 6c: intra-regional ties dominate", "Share of partner searches in other zones"),
    NEW_TRACK_RATE("new_track_rate", "1/year per partnership", 0.00002, 0, 1, Kind.REAL, "assumption", "Chance a cross-sector partnership in a cluster zone founds a new-track firm"),
    NEW_TRACK_MIN_FIRMS("new_track_min_firms", "firms (national)", 50, 0, 100_000, Kind.REAL, "assumption", "Firms of each sector a zone needs before their fusion can found a new track"),
    CLUSTER_MIN_REVENUE_BN("cluster_min_revenue_bn", "CNY bn/year", 1_000, 0, 1e6, Kind.REAL, "D issue 1: trillion-yuan scale", "Revenue of a world-class cluster"),
    CLUSTER_MIN_KNOWLEDGE("cluster_min_knowledge", "x sector mean", 1.0, 0, 10, Kind.REAL, "D issue 1: controllable technology", "Revenue-weighted knowledge of a world-class cluster"),
    CLUSTER_MIN_HEAD_REVENUE_BN("cluster_min_head_revenue_bn", "CNY bn/year", 10, 0, 1e5, Kind.REAL, "D issue 1: head firms in the lead", "Revenue of a head firm"),
    CLUSTER_MIN_HEAD_FIRMS("cluster_min_head_firms", "firms (national)", 5, 0, 1e5, Kind.REAL, "D issue 1: head firms in the lead", "Head firms a world-class cluster needs"),
    CLUSTER_MIN_CROSS_PARTNERS("cluster_min_cross_partners", "partnerships (national)", 20, 0, 1e6, Kind.REAL, "D issue 1: cross-sector collaboration", "Cross-sector partnerships of the cluster's firms"),

    // ---- Stylized-fact moments (docs/VALIDATION.md): how moments.csv measures, not what firms do ------
    MOMENT_TAIL_SHARE("moment_tail_share", "share", 0.05, 0.001, 0.5, Kind.REAL,
            "design: the largest 5% of firms, where Zipf-like tails are usually fitted (Axtell 2001)",
            "Share of the largest firms over which the Hill exponent of revenue is estimated"),
    MOMENT_MATURE_AGE_YEARS("moment_mature_age_years", "years", 5, 0, 50, Kind.REAL,
            "design: past the start-up years and the fading young-firm premium", "Age from which a firm counts as mature in the growth-size slope"),
    MOMENT_MIN_FIRMS("moment_min_firms", "firms (agents)", 30, 2, 100_000, Kind.INTEGER,
            "design: fewer firms give a statistic dominated by noise", "Fewest firms (per size class) a moment is computed over; below it the year has no value"),
    HIGH_GROWTH_RATE("high_growth_rate", "1/year", 0.2, 0, 5, Kind.REAL,
            "F, related thresholds: OECD high-growth enterprise, more than 20% a year over 3 years", "Yearly growth over three years that makes a high-growth firm"),
    HIGH_GROWTH_MIN_EMPLOYEES("high_growth_min_employees", "persons", 10, 0, 1e6, Kind.REAL,
            "OECD-Eurostat definition: ten or more employees at the start of the period", "Staff a firm needs at the start of the three years to count in the high-growth share"),

    // ---- Location -------------------------------------------------------------------------------
    RELOCATION_REVIEW_RATE("relocation_review_rate", "1/year", 0.05, 0, 1, Kind.REAL, "E-A 8 #17: any relocation 5%/year", "Share of firms reviewing their location each year"),
    BRANCH_REVIEW_RATE("branch_review_rate", "1/year", 0.08, 0, 1, Kind.REAL, "calibrated: ZGC's ~12,000 out-of-Beijing branches (E-A 8 #18)", "Share of eligible firms considering a branch each year"),
    BRANCH_MIN_REVENUE_BN("branch_min_revenue_bn", "CNY bn/year", 0.05, 0, 100, Kind.REAL, "assumption", "Revenue needed to open a branch"),
    BRANCH_MAX("branch_max", "branches", 8, 0, 1000, Kind.INTEGER, "assumption", "Most branches a firm keeps"),
    BRANCH_CLOSURE_RATE("branch_closure_rate", "1/year", 0.05, 0, 1, Kind.REAL, "assumption", "Rate at which a branch closes"),
    ATTRACT_TALENT("attract_talent", "utility per talent index", 1.0, 0, 10, Kind.REAL, "assumption", "Weight of talent in zone attractiveness"),
    ATTRACT_RENT("attract_rent", "utility per rent index", 1.5, 0, 10, Kind.REAL, "assumption", "Weight of rent (negative) in zone attractiveness"),
    ATTRACT_MASS("attract_mass", "utility per log firms", 0.3, 0, 10, Kind.REAL, "E-A 8 #21: agglomeration", "Weight of same-sector cluster mass"),
    ATTRACT_MARKET("attract_market", "utility per log GDP", 0.3, 0, 10, Kind.REAL, "assumption", "Weight of market access (zone GDP)"),
    DISTANCE_COST("distance_cost", "utility per 1000 km", 0.5, 0, 10, Kind.REAL, "E-A 8 #20: half-distance 1,200 km", "Cost of distance from the current home"),
    SWITCHING_COST("switching_cost", "utility", 3.0, 0, 20, Kind.REAL, "calibrated toward E-A 8 #16 (cross-city HQ moves about 0.3%/year; any move about 5%/year): the baseline moves about 1% of firms a year between zones", "Cost of moving the headquarters"),
    BRANCH_COST("branch_cost", "utility", 0.5, 0, 20, Kind.REAL, "assumption", "Cost of opening a branch"),
    LOCATION_CANDIDATES("location_candidates", "zones", 12, 1, 1000, Kind.INTEGER, "design: rank zones once a year", "Top-ranked zones a firm considers"),
    PARTNER_ZONE_BONUS("partner_zone_bonus", "utility", 0.5, 0, 10, Kind.REAL, "assumption: co-built parks", "Attractiveness bonus, for branches, of a smaller partner zone (a co-built park of the firm's home zone)"),

    // ---- Events (ODD 7.12), effects at severity 1 ------------------------------------------------
    DECOUPLING_EXPORT_SHOCK("decoupling_export_shock", "1/year", 0.3, 0, 5, Kind.REAL,
            "assumption (D issue 8: protectionism, supply-chain shocks)", "Loss of yearly export growth in a technology decoupling"),
    DECOUPLING_TECH_SHOCK("decoupling_tech_shock", "log knowledge/year", 0.3, 0, 5, Kind.REAL,
            "assumption (D issue 4: technology blockades hit chips and ICs)", "Loss of yearly knowledge growth of IC and IT firms"),
    DECOUPLING_DEMAND_SHOCK("decoupling_demand_shock", "1/year", 0.1, 0, 5, Kind.REAL,
            "assumption", "Loss of yearly demand growth of IC and IT"),
    PANDEMIC_DIGITAL_BOOST("pandemic_digital_boost", "1/year", 0.3, 0, 5, Kind.REAL,
            "assumption (ODD 7.12: digital demand up)", "Rise of DIGITAL demand growth in a pandemic"),
    PANDEMIC_OTHER_LOSS("pandemic_other_loss", "1/year", 0.15, 0, 5, Kind.REAL,
            "assumption (ODD 7.12: other demand down)", "Loss of other sectors' demand growth"),
    DEMAND_BOOM_GROWTH("demand_boom_growth", "1/year", 0.1, 0, 5, Kind.REAL,
            "assumption", "Rise of every sector's demand growth in a boom"),
    APPROVAL_ZONES("approval_zones", "zones", 20, 0, 100, Kind.REAL,
            "F 1: 12 upgrades in 2018, 10 in 2017, 14 in 2015; about 220 zones targeted by 2025 (E-A 7c)", "New zones a zone-approval event adds at severity 1"),
    APPROVAL_FIRMS("approval_firms", "firms (national) per zone", 300, 0, 10_000, Kind.REAL,
            "assumption: an upgraded provincial zone brings its firms into the statistics", "Firms a newly approved zone starts with"),
    APPROVAL_OFFSET_DEGREES("approval_offset_degrees", "degrees of longitude", 0.3, 0, 2, Kind.REAL,
            "assumption: a new zone lies in its host's city, far enough from the host zone to show apart on the map",
            "How far east of its host zone a newly approved zone lies (it sets their distance)"),

    // ---- Stages (ODD 7.11) -----------------------------------------------------------------------
    GAZELLE_MIN_BASE_REVENUE_BN("gazelle_min_base_revenue_bn", "CNY bn/year", 0.01, 0, 100, Kind.REAL, "F 4: 1000万元", "Base-year revenue of a gazelle"),
    GAZELLE_MIN_CAGR("gazelle_min_cagr", "1/year", 0.2, 0, 5, Kind.REAL, "F 4: 20%", "Revenue CAGR of a gazelle over the gazelle window"),
    GAZELLE_WINDOW_YEARS("gazelle_window_years", "years", 3, 1, 3, Kind.INTEGER,
            "F 4: 3-year CAGR; at most 3 because a firm keeps 4 years of revenue (FirmAccounts.HISTORY_YEARS)",
            "Years over which a gazelle's revenue CAGR is measured"),
    GAZELLE_FAST_AGE_1("gazelle_fast_age_1", "years", 5, 0, 50, Kind.REAL, "F 4 route 2", "Age limit of fast-to-scale route 1"),
    GAZELLE_FAST_REVENUE_1_BN("gazelle_fast_revenue_1_bn", "CNY bn/year", 0.5, 0, 1000, Kind.REAL, "F 4 route 2: 5亿元", "Revenue of route 1"),
    GAZELLE_FAST_AGE_2("gazelle_fast_age_2", "years", 10, 0, 50, Kind.REAL, "F 4 route 3", "Age limit of route 2"),
    GAZELLE_FAST_REVENUE_2_BN("gazelle_fast_revenue_2_bn", "CNY bn/year", 1.0, 0, 1000, Kind.REAL, "F 4 route 3: 10亿元", "Revenue of route 2"),
    UNICORN_MIN_VALUATION_USD_BN("unicorn_min_valuation_usd_bn", "USD bn", 1.0, 0, 1000, Kind.REAL, "F 4", "Valuation of a unicorn"),
    UNICORN_MAX_AGE("unicorn_max_age", "years", 10, 0, 100, Kind.REAL, "F 4", "Age limit of a unicorn"),
    CNY_PER_USD("cny_per_usd", "CNY/USD", 6.9, 1, 20, Kind.REAL, "2019 rate (ODD 7.11)", "Exchange rate"),
    NEZHA_MAX_AGE("nezha_max_age", "years", 3, 0, 20, Kind.REAL, "F 4", "Age limit of a nezha firm"),
    NEZHA_MIN_RAISED_BN("nezha_min_raised_bn", "CNY bn", 0.1, 0, 100, Kind.REAL, "F 4: more than 1亿元 by Series A", "Funding raised by Series A of a nezha firm");

    /** How a parameter's values are read. */
    public enum Kind { REAL, INTEGER, SWITCH }

    private static final Map<String, Param> BY_KEY = new HashMap<>();

    static {
        for (Param p : values()) {
            BY_KEY.put(p.key, p);
        }
    }

    private final String key;
    private final String unit;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final Kind kind;
    private final String source;
    private final String description;

    Param(String key, String unit, double defaultValue, double min, double max, Kind kind,
          String source, String description) {
        this.key = key;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.kind = kind;
        this.source = source;
        this.description = description;
    }

    /** The parameter with this scenario key, or null. */
    public static Param byKey(String key) {
        return BY_KEY.get(key.toLowerCase(Locale.ROOT));
    }

    public String key() { return key; }
    public String unit() { return unit; }
    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    public Kind kind() { return kind; }
    public String source() { return source; }
    public String description() { return description; }

    /** Whether a value is inside the range (and whole, for whole-number kinds). */
    public boolean accepts(double value) {
        if (Double.isNaN(value) || value < min || value > max) {
            return false;
        }
        return kind == Kind.REAL || value == Math.rint(value);
    }

    /** The range as users read it, e.g. {@code [0, 1]} or {@code whole numbers in [1, 1000]}. */
    public String rangeText() {
        String r = "[" + fmt(min) + ", " + fmt(max) + "]";
        return switch (kind) {
            case REAL -> r;
            case INTEGER -> "whole numbers in " + r;
            case SWITCH -> "0 or 1";
        };
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
