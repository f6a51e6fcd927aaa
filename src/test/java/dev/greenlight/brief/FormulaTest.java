package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FormulaTest {

    /** A table of two columns, as a sheet writer would describe its own. */
    private enum Column implements Formula.Column {
        AMOUNT, SHARE;

        @Override
        public int index() {
            return ordinal() + 1;
        }
    }

    @Test
    void cells_and_ranges_are_written_as_excel_reads_them() {
        assertThat(Formula.cell(0, 0)).isEqualTo("A1");
        assertThat(Formula.cell(27, 9)).isEqualTo("AB10");
        assertThat(Column.AMOUNT.at(4)).isEqualTo("B5");
        assertThat(Column.SHARE.rows(3, 13)).isEqualTo("C4:C14");
        assertThat(Formula.fixedColumn(5, 1)).isEqualTo("$F2");
    }

    @Test
    void areas_are_absolute_and_always_name_their_sheet_quoted() {
        assertThat(Formula.area("Assumptions", 4, 1, 4, 1)).isEqualTo("'Assumptions'!$B$5");
        assertThat(Formula.area("Cash flow", 3, 6, 13, 6)).isEqualTo("'Cash flow'!$G$4:$G$14");
        assertThat(Formula.area("O'Brien's", 0, 0, 0, 0)).isEqualTo("'O''Brien''s'!$A$1");
    }

    @Test
    void calls_join_their_arguments_and_text_doubles_its_quotes() {
        assertThat(Formula.call("SUM", "A1", "B2", "Rate")).isEqualTo("SUM(A1,B2,Rate)");
        assertThat(Formula.iff("A1>Rate", "0", "B1")).isEqualTo("IF(A1>Rate,0,B1)");
        assertThat(Formula.ifError("IRR(A1:A3)", Formula.text("none"))).isEqualTo("IFERROR(IRR(A1:A3),\"none\")");
        assertThat(Formula.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void formulas_built_over_names_and_columns_compute_in_a_workbook() throws Exception {
        try (var wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Model's data");
            for (int r = 0; r < 3; r++) {
                var row = sheet.createRow(r);
                row.createCell(Column.AMOUNT.index()).setCellValue(10 * (r + 1));
                row.createCell(Column.SHARE.index()).setCellValue(0.5);
            }
            sheet.getRow(0).createCell(0).setCellValue(15);
            BriefNames.define(wb, "Threshold", sheet, 0, 0);
            var out = sheet.createRow(4);
            var total = Cells.formula(out, 0, Formula.call("SUM", Column.AMOUNT.rows(0, 2)), null);
            var scaled = Cells.formula(out, 1, Column.AMOUNT.at(2) + "*" + Column.SHARE.at(2), null);
            var test = Cells.formula(out, 2, Formula.iff(Column.AMOUNT.at(1) + ">Threshold", Formula.text("over \"it\""),
                    Formula.text("under")), null);
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();

            assertThat(evaluator.evaluate(total)).extracting(CellValue::getNumberValue).isEqualTo(60.0);
            assertThat(evaluator.evaluate(scaled)).extracting(CellValue::getNumberValue).isEqualTo(15.0);
            assertThat(evaluator.evaluate(test)).extracting(CellValue::getStringValue).isEqualTo("over \"it\"");
            assertThat(wb.getName("Threshold").getRefersToFormula()).isEqualTo("'Model''s data'!$A$1");
        }
    }
}
