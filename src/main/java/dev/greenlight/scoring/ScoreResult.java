package dev.greenlight.scoring;

import java.util.List;

/**
 * The score document of PRODUCT.md §5; the field names are a JSON contract.
 *
 * @param method             the scoring method: 2 adds value models and the priced alternative to method 1
 *                           (PRODUCT.md §6), 3 the operating curve and the value of information (§9). A score stored
 *                           before methods were recorded has none, and was made with method 1.
 * @param valueOfInformation what learning more before deciding is worth (§9.2); null in a score stored before
 *                           method 3
 */
public record ScoreResult(String modelVersion, double score, Recommendation recommendation, Subscores subscores,
                          List<String> conditions, List<String> explanation, String businessCase,
                          FinancialResult financials, EthicsResult ethics, Integer method,
                          ValueOfInformation valueOfInformation) {

    /** The method this engine scores with. */
    public static final int METHOD = 3;

    public ScoreResult {
        conditions = List.copyOf(conditions);
        explanation = List.copyOf(explanation);
        method = method == null ? 1 : method;
    }

    /** A score as an earlier method stored it, without the value of information. */
    public ScoreResult(String modelVersion, double score, Recommendation recommendation, Subscores subscores,
                       List<String> conditions, List<String> explanation, String businessCase,
                       FinancialResult financials, EthicsResult ethics, Integer method) {
        this(modelVersion, score, recommendation, subscores, conditions, explanation, businessCase, financials,
                ethics, method, null);
    }
}
