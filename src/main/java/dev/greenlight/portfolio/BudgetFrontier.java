package dev.greenlight.portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The budget question: which projects, together costing no more than the budget, give the most value?
 * A 0/1 knapsack solved by dynamic programming over the budget. Costs are whole currency units rounded up;
 * the budget is cut into steps of their greatest common divisor, which makes the answer exact. When that would
 * need more than {@link #MAX_WORK} cells or {@link #MAX_CELLS} budget steps, the step grows and costs are rounded <em>up</em> to it, so the chosen
 * set still never exceeds the budget, and the result says it is approximate and by how much a cost may have
 * been overstated; the unused budget is then filled by value per cost, and the answer is never worse than
 * taking the best value per cost first.
 */
public final class BudgetFrontier {

    /** Cells of the DP table (items × budget steps) before the step is coarsened: about 1 s of work at most. */
    static final long MAX_WORK = 60_000_000L;
    /** Budget steps at most, which bounds the memory of the table (8 bytes a step). */
    static final long MAX_CELLS = 1_000_000L;
    /** A thousand trillion: more than any budget, and small enough that whole currency units stay exact in a double. */
    public static final double MAX_BUDGET = 1e15;

    /** A project that may be funded. */
    public record Item<T>(T ref, double cost, double value) {
    }

    /**
     * @param resolution the budget step in currency units; costs were rounded up to a multiple of it
     * @param exact      true when no cost was rounded beyond whole currency units
     */
    public record Selection<T>(List<Item<T>> chosen, double totalCost, double totalValue, double budget,
                               long resolution, boolean exact) {
    }

    private BudgetFrontier() {
    }

    public static <T> Selection<T> choose(List<Item<T>> items, double budget) {
        if (!(budget >= 0 && budget <= MAX_BUDGET)) {
            throw new InvalidPortfolioRequestException("budget", "must be an amount from 0 to "
                    + java.math.BigDecimal.valueOf(MAX_BUDGET).toPlainString() + ", was " + budget);
        }
        long cap = (long) Math.floor(budget);
        var free = new ArrayList<Item<T>>();
        var paid = new ArrayList<Item<T>>();
        for (var item : items) {
            if (!(item.value() > 0) || !(item.cost() >= 0) || Double.isInfinite(item.cost())) {
                continue;
            }
            long cost = (long) Math.ceil(item.cost());
            if (cost == 0) {
                free.add(item);
            } else if (cost <= cap) {
                paid.add(item);
            }
        }
        long step = 0;
        for (var item : paid) {
            step = gcd(step, (long) Math.ceil(item.cost()));
        }
        step = Math.max(step, 1);
        boolean exact = true;
        if (!paid.isEmpty()) {
            long cells = cap / step + 1;
            // cells × items could overflow a long: compare by division instead
            if (cells > MAX_CELLS || cells > MAX_WORK / paid.size()) {
                long maxCells = Math.max(1, Math.min(MAX_CELLS, MAX_WORK / paid.size()));
                long coarse = (cap + maxCells - 1) / maxCells;
                step = Math.max(step, coarse);
                exact = false;
            }
        }
        var chosen = new ArrayList<>(free);
        var best = solve(paid, cap, step);
        if (!exact) {
            // Rounding costs up leaves budget unused: fill it, and never answer worse than best-value-per-cost-first.
            best = better(fill(best, paid, budget), fill(List.of(), paid, budget));
        }
        chosen.addAll(best);
        double totalCost = chosen.stream().mapToDouble(Item::cost).sum();
        double totalValue = chosen.stream().mapToDouble(Item::value).sum();
        return new Selection<>(List.copyOf(chosen), totalCost, totalValue, budget, step, exact);
    }

    private static <T> List<Item<T>> solve(List<Item<T>> items, long cap, long step) {
        int n = items.size();
        if (n == 0) {
            return List.of();
        }
        int cells = (int) (cap / step);
        var weights = new int[n];
        for (int i = 0; i < n; i++) {
            weights[i] = (int) Math.min(Integer.MAX_VALUE, ceilDiv((long) Math.ceil(items.get(i).cost()), step));
        }
        var best = new double[cells + 1];
        int words = (cells >> 6) + 1;
        var took = new long[n][];
        for (int i = 0; i < n; i++) {
            int w = weights[i];
            double v = items.get(i).value();
            var bits = new long[words];
            for (int c = cells; c >= w; c--) {
                double with = best[c - w] + v;
                if (with > best[c]) {
                    best[c] = with;
                    bits[c >> 6] |= 1L << (c & 63);
                }
            }
            took[i] = bits;
        }
        var chosen = new ArrayList<Item<T>>();
        int c = cells;
        for (int i = n - 1; i >= 0; i--) {
            if ((took[i][c >> 6] & (1L << (c & 63))) != 0) {
                chosen.add(items.get(i));
                c -= weights[i];
            }
        }
        return chosen.reversed();
    }

    /** {@code start} plus, by value per unit of cost, every other item that still fits in the budget. */
    private static <T> List<Item<T>> fill(List<Item<T>> start, List<Item<T>> items, double budget) {
        var result = new ArrayList<>(start);
        var taken = Collections.newSetFromMap(new IdentityHashMap<Item<T>, Boolean>());
        taken.addAll(start);
        double spent = start.stream().mapToDouble(Item::cost).sum();
        var byRatio = items.stream().sorted((a, b) -> Double.compare(b.value() / b.cost(), a.value() / a.cost())).toList();
        for (var item : byRatio) {
            if (!taken.contains(item) && spent + item.cost() <= budget) {
                result.add(item);
                spent += item.cost();
            }
        }
        return result;
    }

    private static <T> List<Item<T>> better(List<Item<T>> a, List<Item<T>> b) {
        return b.stream().mapToDouble(Item::value).sum() > a.stream().mapToDouble(Item::value).sum() ? b : a;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
