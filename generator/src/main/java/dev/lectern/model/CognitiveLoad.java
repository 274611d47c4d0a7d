package dev.lectern.model;

/** The cognitive load type a lesson plans for. */
public enum CognitiveLoad { BUILD, STRETCH, CONSOLIDATE }
