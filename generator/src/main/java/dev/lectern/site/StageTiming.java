package dev.lectern.site;

import java.time.Duration;

/** How long one build stage took. */
public record StageTiming(String stage, Duration duration) {
}
