package dev.greenlight.scoring;

import java.util.List;

/** The score document of PRODUCT.md §5; the field names are a JSON contract. */
public record ScoreResult(String modelVersion, double score, Recommendation recommendation, Subscores subscores,
                          List<String> conditions, List<String> explanation, String businessCase,
                          FinancialResult financials, EthicsResult ethics) {

    public ScoreResult {
        conditions = List.copyOf(conditions);
        explanation = List.copyOf(explanation);
    }
}
