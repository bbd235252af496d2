package org.zonelab.model;

/** How a zone is governed (docs/ODD.md §2.2). */
public enum GovernanceModel { ADMIN_COMMITTEE, COMMITTEE_PLUS_COMPANY, STATUTORY_BODY }
