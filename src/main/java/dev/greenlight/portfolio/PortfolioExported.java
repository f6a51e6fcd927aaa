package dev.greenlight.portfolio;

/**
 * Someone downloaded a portfolio workbook: of the filtered portfolio ({@code budget} null, {@code filter} describes it)
 * or of a budget frontier ({@code budget} set).
 */
public record PortfolioExported(String fileName, long projects, String filter, Double budget) {
}
