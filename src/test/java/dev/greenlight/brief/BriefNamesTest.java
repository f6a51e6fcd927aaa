package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.brief.BriefNames.Estimate;
import dev.greenlight.brief.BriefNames.MoneyLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class BriefNamesTest {

    @Test
    void money_line_names_read_kind_number_and_estimate() {
        assertThat(MoneyLines.BUILD.line(1, Estimate.LIKELY)).isEqualTo("Build_1_Likely");
        assertThat(MoneyLines.BENEFIT.line(12, Estimate.HIGH)).isEqualTo("Benefit_12_High");
        assertThat(MoneyLines.RUN.total()).isEqualTo("RunCostTotal");
        assertThat(BriefNames.adoption(10)).isEqualTo("Adoption_Y10");
    }

    @Test
    void every_name_a_brief_defines_is_declared_in_the_catalogue_and_every_fixed_one_is_defined() throws IOException {
        for (var sample : SampleBriefs.files().toList()) {
            var data = SampleBriefs.brief(sample);
            var in = data.financials();
            Set<String> declared = fixedNames();
            for (int year = 1; year <= CashFlowSheet.MAX_YEARS; year++) {
                declared.add(BriefNames.adoption(year));
            }
            var alt = in.alternative();
            if (alt == null) {
                declared.removeIf(name -> name.startsWith("Alt") || name.equals(BriefNames.INCREMENTAL_RISK_ADJUSTED_NPV));
            } else {
                for (int year = 1; year <= CashFlowSheet.MAX_YEARS; year++) {
                    declared.add(BriefNames.altAdoption(year));
                }
            }
            if (!ValueModelSheet.needed(data)) {
                declared.remove(BriefNames.BENEFIT_FACTOR);
            }
            for (int i = 0; i < in.annualBenefits().size(); i++) {
                var model = in.annualBenefits().get(i).derivedFrom();
                if (model == null) {
                    continue;
                }
                for (var input : model.inputs()) {
                    for (Estimate e : Estimate.values()) {
                        declared.add(BriefNames.modelInput(i + 1, input.key(), e));
                    }
                }
                if (model instanceof dev.greenlight.scoring.DetectionModel) {
                    declared.add(BriefNames.modelFigure(i + 1, "baselineRecall"));
                    declared.add(BriefNames.modelFigure(i + 1, "baselinePrecision"));
                }
                declared.add(BriefNames.modelFigure(i + 1, "derived"));
                for (var figure : ValueModelFormulas.figures(i + 1, model)) {
                    declared.add(BriefNames.modelFigure(i + 1, figure.name()));
                }
            }
            for (MoneyLines kind : MoneyLines.values()) {
                int lines = switch (kind) {
                    case BUILD -> in.buildCosts().size();
                    case RUN -> in.annualRunCosts().size();
                    case BENEFIT -> in.annualBenefits().size();
                    case ALT_BUILD -> alt == null ? -1 : alt.buildCosts().size();
                    case ALT_RUN -> alt == null ? -1 : alt.annualRunCosts().size();
                    case ALT_BENEFIT -> alt == null ? -1 : alt.annualBenefits().size();
                };
                if (lines >= 0) {
                    declared.add(kind.total());
                }
                for (int i = 1; i <= lines; i++) {
                    for (Estimate e : Estimate.values()) {
                        declared.add(kind.line(i, e));
                    }
                }
            }
            var defined = new HashSet<String>();
            try (var wb = new XSSFWorkbook(new ByteArrayInputStream(new BriefWorkbook().write(data)))) {
                wb.getAllNames().stream().filter(n -> !n.getNameName().startsWith("_xlnm."))
                        .forEach(n -> defined.add(n.getNameName()));
            }
            assertThat(defined).as(sample.toString()).containsExactlyInAnyOrderElementsOf(declared);
        }
    }

    private static Set<String> fixedNames() {
        var names = new HashSet<String>();
        for (Field f : BriefNames.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return names;
    }
}
