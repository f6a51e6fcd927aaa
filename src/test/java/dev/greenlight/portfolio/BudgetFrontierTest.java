package dev.greenlight.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BudgetFrontierTest {

    private static BudgetFrontier.Item<String> item(String name, double cost, double value) {
        return new BudgetFrontier.Item<>(name, cost, value);
    }

    private static List<String> names(BudgetFrontier.Selection<String> s) {
        return s.chosen().stream().map(BudgetFrontier.Item::ref).sorted().toList();
    }

    /**
     * Worked by hand: with 100k the best set is A+C+D (cost exactly 100k, value 125k). Taking the best
     * value-per-cost first (C 1.33, B 1.25, D 1.25, then A does not fit) gives only 115k, and the two biggest
     * (A+B, or E+B) give 110k and 120k.
     */
    static final List<BudgetFrontier.Item<String>> FIVE = List.of(
            item("A", 50_000, 60_000), item("B", 40_000, 50_000), item("C", 30_000, 40_000),
            item("D", 20_000, 25_000), item("E", 60_000, 70_000));

    @Test
    void finds_the_hand_computed_optimum_which_greedy_misses() {
        var s = BudgetFrontier.choose(FIVE, 100_000);
        assertThat(names(s)).containsExactly("A", "C", "D");
        assertThat(s.totalCost()).isEqualTo(100_000);
        assertThat(s.totalValue()).isEqualTo(125_000);
        assertThat(s.exact()).isTrue();
        assertThat(s.resolution()).isEqualTo(10_000);
    }

    @Test
    void smaller_and_larger_budgets() {
        // Under 60k: C+D (50k cost, 65k value) beats A alone (60k) and B alone (50k).
        assertThat(names(BudgetFrontier.choose(FIVE, 59_999))).containsExactly("C", "D");
        assertThat(BudgetFrontier.choose(FIVE, 19_999).chosen()).isEmpty();
        assertThat(names(BudgetFrontier.choose(FIVE, 1_000_000))).containsExactly("A", "B", "C", "D", "E");
    }

    @Test
    void skips_projects_that_lose_value_or_cost_more_than_the_budget() {
        var items = List.of(item("loss", 10, -5), item("zero", 10, 0), item("big", 500, 1_000), item("ok", 50, 10));
        assertThat(names(BudgetFrontier.choose(items, 100))).containsExactly("ok");
    }

    @Test
    void free_projects_are_always_taken() {
        assertThat(names(BudgetFrontier.choose(List.of(item("free", 0, 5), item("paid", 10, 1)), 0))).containsExactly("free");
    }

    @Test
    void refuses_a_negative_or_non_finite_budget_naming_the_field() {
        assertThatThrownBy(() -> BudgetFrontier.choose(FIVE, -1)).isInstanceOf(InvalidPortfolioRequestException.class)
                .hasMessageStartingWith("budget:");
        assertThatThrownBy(() -> BudgetFrontier.choose(FIVE, Double.NaN)).isInstanceOf(InvalidPortfolioRequestException.class);
        assertThatThrownBy(() -> BudgetFrontier.choose(FIVE, Double.POSITIVE_INFINITY)).isInstanceOf(InvalidPortfolioRequestException.class);
    }

    @Test
    void refuses_a_budget_beyond_any_project_naming_the_field() {
        for (double absurd : new double[] {1e19, Math.nextUp(BudgetFrontier.MAX_BUDGET), Double.MAX_VALUE}) {
            assertThatThrownBy(() -> BudgetFrontier.choose(FIVE, absurd)).isInstanceOf(InvalidPortfolioRequestException.class)
                    .hasMessageStartingWith("budget: must be an amount from 0 to 1000000000000000");
        }
    }

    /** The table the dynamic programme fills stays within its bounds whatever the budget and the number of projects. */
    @Test
    void the_work_is_bounded_whatever_the_budget_and_the_costs() {
        var random = new SplittableRandom(19);
        for (int n : new int[] {1, 3, 200, 20_000}) {
            var items = new ArrayList<BudgetFrontier.Item<String>>();
            for (int i = 0; i < n; i++) {
                // odd costs: their greatest common divisor is 1, the exact table would have a cell per currency unit
                items.add(item("p" + i, 1 + 2 * random.nextLong(1, 400_000_000_000_000L), random.nextDouble(1, 1e9)));
            }
            for (double budget : new double[] {BudgetFrontier.MAX_BUDGET, 123_456_789_012.5, 1e9}) {
                var s = BudgetFrontier.choose(items, budget);
                assertThat(s.totalCost()).isLessThanOrEqualTo(budget);
                long paid = items.stream().filter(i -> Math.ceil(i.cost()) <= budget).count();
                if (paid == 0) {
                    continue; // nothing fits: no table at all
                }
                long cells = (long) Math.floor(budget) / s.resolution();
                assertThat(cells).as("budget steps for %d projects, budget %s", n, budget).isLessThanOrEqualTo(BudgetFrontier.MAX_CELLS);
                assertThat(cells * paid).as("table cells").isLessThanOrEqualTo(BudgetFrontier.MAX_WORK + paid);
            }
        }
    }

    @Test
    void equals_brute_force_on_random_sets() {
        var random = new SplittableRandom(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(12);
            var items = new ArrayList<BudgetFrontier.Item<String>>();
            for (int i = 0; i < n; i++) {
                items.add(item("p" + i, 1 + random.nextInt(5_000), random.nextDouble(-100, 1_000)));
            }
            double budget = random.nextInt(20_000);
            var s = BudgetFrontier.choose(items, budget);
            assertThat(s.exact()).isTrue();
            assertThat(s.totalCost()).isLessThanOrEqualTo(budget);
            assertThat(s.totalValue()).as("round %d", round).isCloseTo(bruteForce(items, budget), offset(1e-6));
        }
    }

    @Test
    void a_coarsened_budget_still_never_overspends_and_stays_close_to_the_best() {
        var random = new SplittableRandom(11);
        var items = new ArrayList<BudgetFrontier.Item<String>>();
        for (int i = 0; i < 5_000; i++) {
            items.add(item("p" + i, 1 + random.nextInt(1_000_000), random.nextDouble(1, 2_000_000)));
        }
        double budget = 50_000_000;
        var s = BudgetFrontier.choose(items, budget);
        assertThat(s.exact()).isFalse();
        assertThat(s.resolution()).isGreaterThan(1);
        assertThat(s.totalCost()).isLessThanOrEqualTo(budget);
        // Never worse than the value-per-cost greedy, the usual quick answer.
        var greedy = items.stream().sorted((a, b) -> Double.compare(b.value() / b.cost(), a.value() / a.cost())).toList();
        double spent = 0;
        double value = 0;
        for (var i : greedy) {
            if (spent + i.cost() <= budget) {
                spent += i.cost();
                value += i.value();
            }
        }
        assertThat(s.totalValue()).isGreaterThanOrEqualTo(value);
    }

    private static double bruteForce(List<BudgetFrontier.Item<String>> items, double budget) {
        double best = 0;
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            double cost = 0;
            double value = 0;
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    cost += items.get(i).cost();
                    value += items.get(i).value();
                }
            }
            if (cost <= budget && value > best) {
                best = value;
            }
        }
        return best;
    }
}
