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

    private BriefNames() {
    }

    /** The adoption input of a year, 1-based: {@code Adoption_Y1}. */
    static String adoption(int year) {
        return "Adoption_Y" + year;
    }

    /** The three kinds of money line; each line has a name per estimate, each kind one for its likely total. */
    enum MoneyLines {
        BUILD("Build", "BuildCostTotal"),
        RUN("Run", "RunCostTotal"),
        BENEFIT("Benefit", "BenefitTotal");

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
