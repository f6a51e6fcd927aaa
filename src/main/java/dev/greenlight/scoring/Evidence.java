package dev.greenlight.scoring;

/** Where a money estimate comes from; DATA and BENCHMARK count as evidence in the readiness subscore. */
public enum Evidence {
    DATA, BENCHMARK, EXPERT_GUESS;

    /** A missing evidence tag is read as a guess, so that leaving the field blank never looks better than admitting it. */
    static boolean isBacked(Evidence evidence) {
        return evidence == DATA || evidence == BENCHMARK;
    }
}
