package org.zonelab.model;

/** The most advanced stage a firm holds, for display and inspection (DESIGN 1.4). */
public enum Stage { START_UP, ESTABLISHED, HIGH_TECH, GAZELLE, UNICORN, LISTED }
