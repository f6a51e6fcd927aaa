package dev.greenlight.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.portfolio.PortfolioEntry;
import dev.greenlight.portfolio.PortfolioRows;
import dev.greenlight.scoring.EthicsLevel;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.security.ui.LoginView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard with the demo data plus a hand-made team, "Frontier Lab", whose best set for a budget was
 * worked out by hand (see BudgetFrontierTest.FIVE). Each test runs in a transaction that is rolled back.
 */
@ViewTest
@Transactional
class PortfolioViewTest extends ViewTestCase {

    static final String LAB = "Frontier Lab";

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void lab() {
        var when = Instant.parse("2026-11-01T00:00:00Z");
        var rows = new ArrayList<PortfolioRows.Row>();
        // name, cost, risk-adjusted NPV: the five of BudgetFrontierTest; with 100,000 CHF the best is A+C+D.
        Object[][] five = {{"Lab A", 50_000, 60_000, 71.0}, {"Lab B", 40_000, 50_000, 72.0}, {"Lab C", 30_000, 40_000, 73.0},
                {"Lab D", 20_000, 25_000, 74.0}, {"Lab E", 60_000, 70_000, 75.0}};
        for (var f : five) {
            rows.add(row((String) f[0], AssessmentStatus.SUBMITTED, Recommendation.GO, ((Number) f[3]).doubleValue(),
                    ((Number) f[1]).doubleValue(), ((Number) f[2]).doubleValue(), when));
        }
        // Tempting but never fundable: a no-go and a rejected project worth far more than their cost.
        rows.add(row("Lab no-go", AssessmentStatus.SUBMITTED, Recommendation.NO_GO, 10.0, 10_000, 900_000, when));
        rows.add(row("Lab rejected", AssessmentStatus.REJECTED, Recommendation.GO, 60.0, 10_000, 900_000, when));
        rows.add(row("Lab draft", AssessmentStatus.DRAFT, Recommendation.GO, 99.0, 10_000, 900_000, when));
        PortfolioRows.insert(dataSource, rows);
    }

    private static PortfolioRows.Row row(String title, AssessmentStatus status, Recommendation rec, double score, double cost,
                                         double value, Instant when) {
        return new PortfolioRows.Row(0, title, LAB, "engineer", status, rec, score, "CHF", value * 1.2, value, 0.8, 5.0, cost,
                EthicsLevel.I, EuAiActTier.MINIMAL, when);
    }

    @SuppressWarnings("unchecked")
    private Grid<PortfolioEntry> grid() {
        return $(Grid.class).id("portfolio-grid");
    }

    private List<String> titles(Grid<PortfolioEntry> grid) {
        var tester = test(grid);
        var titles = new ArrayList<String>();
        for (int i = 0; i < tester.size(); i++) {
            titles.add(tester.getRow(i).title());
        }
        return titles;
    }

    @SuppressWarnings("unchecked")
    private void team(String team) {
        $(ComboBox.class).id("portfolio-team").setValue(team);
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void leadership_sees_every_non_draft_ranked_by_score() {
        navigate(PortfolioView.class);
        var grid = test(grid());
        assertThat(grid.size()).isGreaterThanOrEqualTo(11);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).status()).isNotEqualTo(AssessmentStatus.DRAFT);
            if (i > 0 && grid.getRow(i).score() != null) {
                assertThat(grid.getRow(i).score()).isLessThanOrEqualTo(grid.getRow(i - 1).score());
            }
        }
        assertThat(titles(grid())).doesNotContain("Lab draft");
        var owner = grid().getColumns().indexOf(grid().getColumnByKey("owner"));
        assertThat(grid.getCellText(titles(grid()).indexOf("Lab A"), owner)).as("owners by display name").isEqualTo("Erin Engineer");
        var labels = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).contains("Portfolio");
        assertThat($(Anchor.class).id("export-portfolio").getHref()).isNotBlank();
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void filters_narrow_the_grid_the_figures_and_the_chart() {
        navigate(PortfolioView.class);
        var charts = $(Svg.class).all().stream().map(c -> c.getId().orElse("")).filter(id -> id.startsWith("value-risk-chart-")).toList();
        assertThat(charts).as("one chart per currency, never two currencies on one axis").hasSizeGreaterThan(1).doesNotHaveDuplicates();
        var before = $(OrderedList.class).all().stream().filter(l -> l.getId().orElse("").startsWith("chart-legend-"))
                .mapToLong(l -> l.getChildren().count()).sum();
        team(LAB);
        assertThat(titles(grid())).containsExactly("Lab E", "Lab D", "Lab C", "Lab B", "Lab A", "Lab rejected", "Lab no-go");
        assertThat($(Div.class).id("headline-count").getElement().getTextRecursively()).contains("7").contains("Submitted 6")
                .contains("Rejected 1");
        assertThat($(Div.class).id("headline-cost").getElement().getTextRecursively()).contains("220,000 CHF");
        assertThat($(Paragraph.class).id("chart-caption").getText()).startsWith("7 projects on the chart");
        assertThat($(OrderedList.class).id("chart-legend-CHF").getChildren().count()).isEqualTo(7).isLessThan(before + 7);
        var markup = $(Svg.class).id("value-risk-chart-CHF").getElement().toString();
        assertThat(markup).contains("Value vs risk (CHF)");
        assertThat(markup.split("class=\"chart-point\"", -1)).as("every point on the chart is a link").hasSize(7 + 1);
        assertThat(markup).contains("<title>Lab E</title>");
        assertThat(markup).containsPattern("href=\"assessment/\\d+\" class=\"chart-point\">\\s*<title>Lab A</title>");
        assertThat($(OrderedList.class).id("chart-legend-CHF").getChildren().findFirst().orElseThrow().getChildren()
                .findFirst().orElseThrow()).as("each point's entry links to its assessment").isInstanceOf(Anchor.class);

        $(MultiSelectComboBox.class).id("portfolio-recommendation").setValue(Set.of(Recommendation.NO_GO));
        assertThat(titles(grid())).containsExactly("Lab no-go");
        assertThat($(OrderedList.class).id("chart-legend-CHF").getChildren().count()).isEqualTo(1);
        assertThat($(Div.class).id("headline-conditions").getElement().getTextRecursively()).contains("0");

        $(MultiSelectComboBox.class).id("portfolio-recommendation").clear();
        test($(TextField.class).id("portfolio-search")).setValue("lab c");
        assertThat(titles(grid())).containsExactly("Lab C");
        test($(TextField.class).id("portfolio-search")).setValue("no such project");
        assertThat(test(grid()).size()).isZero();
        assertThat($(Div.class).id("chart-area").getElement().getTextRecursively()).contains("No scored project matches");
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    @SuppressWarnings("unchecked")
    void the_budget_frontier_matches_the_hand_computed_optimum() {
        navigate(PortfolioView.class);
        team(LAB);
        assertThat($(Select.class).id("frontier-currency").getValue()).isEqualTo("CHF");
        test($(NumberField.class).id("frontier-budget")).setValue(100_000.0);
        test($(Button.class).id("frontier-run")).click();
        assertThat(titles($(Grid.class).id("frontier-grid"))).containsExactlyInAnyOrder("Lab A", "Lab C", "Lab D");
        assertThat($(Paragraph.class).id("frontier-summary").getText())
                .isEqualTo("3 projects for 100,000 CHF of 100,000 CHF, giving 125,000 CHF of risk-adjusted NPV.");
        assertThat($(Anchor.class).id("export-frontier").isVisible()).isTrue();

        test($(NumberField.class).id("frontier-budget")).setValue(59_999.0);
        test($(Button.class).id("frontier-run")).click();
        assertThat(titles($(Grid.class).id("frontier-grid"))).containsExactlyInAnyOrder("Lab C", "Lab D");
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void a_budget_is_required() {
        navigate(PortfolioView.class);
        test($(Button.class).id("frontier-run")).click();
        assertThat($(NumberField.class).id("frontier-budget").isInvalid()).isTrue();
        assertThat($(NumberField.class).id("frontier-budget").getErrorMessage()).isEqualTo("Enter the build budget");
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void an_engineer_cannot_open_the_portfolio() {
        assertThatThrownBy(() -> navigate(PortfolioView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected class");
        assertThat(getCurrentView()).isNotInstanceOf(PortfolioView.class).isNotInstanceOf(LoginView.class);
        var labels = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).doesNotContain("Portfolio");
    }
}
