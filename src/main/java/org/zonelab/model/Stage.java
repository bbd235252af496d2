package org.zonelab.model;

/** The most advanced stage a firm holds, for display and inspection (docs/ODD.md §7.11). */
public enum Stage { START_UP, ESTABLISHED, HIGH_TECH, GAZELLE, UNICORN, LISTED }
