package dev.greenlight.tracking;

/**
 * One metric source as sent ({@code PUT /api/v1/assessments/{id}/metric-sources}): the derived benefit line's index, the
 * observed input's key ({@code recall}, {@code precision}, {@code falsePositiveRate}, {@code automationRate},
 * {@code errorRate}) and a PromQL instant query that returns one sample, e.g. {@code avg(fraud_model_recall)}.
 */
public record MetricSourceRequest(Integer line, String input, String query) {
}
