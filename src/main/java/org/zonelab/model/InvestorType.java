package org.zonelab.model;

/** The four investor kinds of DESIGN 1.2. */
public enum InvestorType { VC, GOVERNMENT_GUIDANCE_FUND, CORPORATE_VC, FOREIGN }
