package dev.greenlight.scoring;

import java.util.List;

/**
 * The score document of PRODUCT.md §5; the field names are a JSON contract.
 *
 * @param method the scoring method (PRODUCT.md §6): 2 adds value models and the priced alternative to method 1.
 *               A score stored before methods were recorded has none, and was made with method 1.
 */
public record ScoreResult(String modelVersion, double score, Recommendation recommendation, Subscores subscores,
                          List<String> conditions, List<String> explanation, String businessCase,
                          FinancialResult financials, EthicsResult ethics, Integer method) {

    /** The method this engine scores with. */
    public static final int METHOD = 2;

    public ScoreResult {
        conditions = List.copyOf(conditions);
        explanation = List.copyOf(explanation);
        method = method == null ? 1 : method;
    }

    public ScoreResult(String modelVersion, double score, Recommendation recommendation, Subscores subscores,
                       List<String> conditions, List<String> explanation, String businessCase,
                       FinancialResult financials, EthicsResult ethics) {
        this(modelVersion, score, recommendation, subscores, conditions, explanation, businessCase, financials,
                ethics, METHOD);
    }
}
