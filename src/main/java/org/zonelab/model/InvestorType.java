package org.zonelab.model;

/** The four investor kinds of docs/ODD.md §2.4. */
public enum InvestorType { VC, GOVERNMENT_GUIDANCE_FUND, CORPORATE_VC, FOREIGN }
