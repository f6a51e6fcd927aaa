package dev.greenlight.review;

import java.time.Instant;
import java.util.List;

/** A decision as readers see it: on which version, by whom, when, with its conditions and rationale. */
public record DecisionRecord(long id, long assessmentId, int version, DecisionType decision, List<String> conditions,
                             String rationale, String decidedBy, Instant decidedAt) {
}
