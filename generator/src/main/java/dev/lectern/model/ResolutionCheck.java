package dev.lectern.model;

import java.util.Optional;

/** A row of a resolution check: a previous finding, its severity and whether it was resolved. */
public record ResolutionCheck(int line, Inline finding, Optional<FindingSeverity> severity, Inline status,
                              Inline howResolved) {
}
