package dev.lectern.model;

/** A review finding's severity, most severe first. */
public enum FindingSeverity { CRITICAL, IMPROVEMENT, POLISH }
