package dev.greenlight.brief;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every defined name of the brief, declared here and nowhere else. The Assumptions sheet names the inputs, the
 * Cash flow sheet names its results, and formulas refer to both by these names; a leader reads them in Excel's
 * name box, so they are part of what the workbook promises and must not change.
 */
final class BriefNames {

    static final String HORIZON_YEARS = "HorizonYears";
    static final String DISCOUNT_RATE = "DiscountRate";
    static final String PROBABILITY_OF_SUCCESS = "ProbabilityOfSuccess";
    static final String COMPLIANCE_COST = "ComplianceCost";
    /** The net cash flow of every year of the table, year 0 first. */
    static final String CASH_FLOWS = "CashFlows";
    static final String NET_PRESENT_VALUE = "NetPresentValue";
    static final String RISK_ADJUSTED_NPV = "RiskAdjustedNpv";
    static final String INTERNAL_RATE_OF_RETURN = "InternalRateOfReturn";
    static final String LAST_DEFICIT_YEAR = "LastDeficitYear";
    static final String PAYBACK_MONTHS = "PaybackMonths";
    /** The adoption share and the discount factor of years 1 to the table's last, for Σ adoption_t / (1+r)^t. */
    static final String ADOPTION_BY_YEAR = "AdoptionByYear";
    static final String DISCOUNT_FACTORS = "DiscountFactors";
    /** Σ adoption_t / (1+r)^t: what one unit of annual benefit at full adoption adds to NPV. */
    static final String BENEFIT_FACTOR = "BenefitFactor";
    /** The priced non-AI alternative (PRODUCT.md §6.2). */
    static final String ALT_PROBABILITY_OF_SUCCESS = "AltProbabilityOfSuccess";
    static final String ALT_CASH_FLOWS = "AltCashFlows";
    static final String ALT_NET_PRESENT_VALUE = "AltNetPresentValue";
    static final String ALT_RISK_ADJUSTED_NPV = "AltRiskAdjustedNpv";
    static final String ALT_INTERNAL_RATE_OF_RETURN = "AltInternalRateOfReturn";
    static final String INCREMENTAL_RISK_ADJUSTED_NPV = "IncrementalRiskAdjustedNpv";

    private BriefNames() {
    }

    /** The adoption input of a year, 1-based: {@code Adoption_Y1}. */
    static String adoption(int year) {
        return "Adoption_Y" + year;
    }

    /** The alternative's adoption of a year, 1-based: {@code AltAdoption_Y1}. */
    static String altAdoption(int year) {
        return "AltAdoption_Y" + year;
    }

    /**
     * An input of a derived benefit line's value model, e.g. {@code Benefit_1_Recall_Likely}; today's process is
     * one number, {@code Benefit_1_BaselineRecall}.
     */
    static String modelInput(int line, String input, Estimate estimate) {
        return modelFigure(line, input) + "_" + estimate.label;
    }

    /** A figure of a derived benefit line, e.g. {@code Benefit_1_BreakEvenRecall}. */
    static String modelFigure(int line, String figure) {
        return "Benefit_" + line + "_" + Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
    }

    /** The three kinds of money line; each line has a name per estimate, each kind one for its likely total. */
    enum MoneyLines {
        BUILD("Build", "BuildCostTotal"),
        RUN("Run", "RunCostTotal"),
        BENEFIT("Benefit", "BenefitTotal"),
        ALT_BUILD("AltBuild", "AltBuildCostTotal"),
        ALT_RUN("AltRun", "AltRunCostTotal"),
        ALT_BENEFIT("AltBenefit", "AltBenefitTotal");

        private final String prefix;
        private final String total;

        MoneyLines(String prefix, String total) {
            this.prefix = prefix;
            this.total = total;
        }

        /** One estimate of a line, 1-based: {@code Build_1_Likely}. */
        String line(int number, Estimate estimate) {
            return prefix + "_" + number + "_" + estimate.label;
        }

        /** The sum of the likely estimates of every line of this kind. */
        String total() {
            return total;
        }
    }

    enum Estimate {
        LOW("Low"), LIKELY("Likely"), HIGH("High");

        private final String label;

        Estimate(String label) {
            this.label = label;
        }
    }

    static void define(XSSFWorkbook wb, String name, Sheet sheet, int row, int column) {
        define(wb, name, sheet, row, column, row, column);
    }

    static void define(XSSFWorkbook wb, String name, Sheet sheet, int row1, int column1, int row2, int column2) {
        var n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(Formula.area(sheet.getSheetName(), row1, column1, row2, column2));
    }
}
