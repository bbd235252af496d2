package org.zonelab.model;

/** A zone's regulation of new business models (DESIGN 1.2). */
public enum RegulatoryStance { STRICT, INCLUSIVE_PRUDENT }
