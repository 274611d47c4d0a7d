package dev.lectern.model;

/** A prerequisite's status: met, a gap to resolve, or missing altogether. */
public enum PrereqStatus { OK, GAP, MISSING }
