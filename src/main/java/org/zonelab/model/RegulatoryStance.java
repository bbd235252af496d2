package org.zonelab.model;

/** A zone's regulation of new business models (docs/ODD.md §2.2). */
public enum RegulatoryStance { STRICT, INCLUSIVE_PRUDENT }
