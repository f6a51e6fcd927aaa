package dev.greenlight.portfolio;

/** The columns the portfolio sorts on, each mapped to its indexed database column. */
public enum PortfolioSort {
    SCORE("score"),
    TITLE("title"),
    TEAM("team"),
    OWNER("owner"),
    STATUS("status"),
    RECOMMENDATION("recommendation"),
    NPV("npv"),
    RISK_ADJUSTED_NPV("risk_adjusted_npv"),
    PROBABILITY_NPV_POSITIVE("probability_npv_positive"),
    RESIDUAL_RISK("residual_risk"),
    BUILD_COST("build_cost"),
    INCREMENTAL_RISK_ADJUSTED_NPV("incremental_risk_adjusted_npv"),
    LEVEL("ethics_level"),
    TIER("eu_tier"),
    UPDATED("updated_at"),
    TRACKING_VARIANCE("variance");

    final String column;

    PortfolioSort(String column) {
        this.column = column;
    }

    /** One sort key; the default ranking is by score, highest first. */
    public record Order(PortfolioSort by, boolean descending) {
        public static final Order RANKING = new Order(SCORE, true);
    }
}
