package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.scoring.ValidationCurve;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading validation results (PRODUCT.md §9.1): the curve kept, and every refusal with its line and column. */
class ValidationCsvTest {

    private static final long LIMIT = 1L << 20;

    /** Ten positives scoring 0.55 to 1.0 and ten negatives 0.05 to 0.5, after {@code header}. */
    private static String twenty(String header) {
        var csv = new StringBuilder(header).append('\n');
        for (int i = 1; i <= 10; i++) {
            csv.append(0.5 + i * 0.05).append(",1\n").append(i * 0.05).append(",0\n");
        }
        return csv.toString();
    }

    private static ValidationCurve read(String csv) throws IOException {
        return ValidationCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "v.csv", LIMIT);
    }

    private static FieldError refusal(String csv) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidAssessmentException.class,
                () -> read(csv));
        assertThat(thrown).as("refused: " + csv.lines().limit(3).toList()).isNotNull();
        return thrown.errors().getFirst();
    }

    @Test
    void a_file_is_kept_as_its_class_totals_and_a_point_per_distinct_score() throws IOException {
        ValidationCurve curve = read(twenty("score,label"));

        assertThat(curve.source()).isEqualTo("v.csv");
        assertThat(curve.rows()).isEqualTo(20);
        assertThat(curve.positives()).isEqualTo(10);
        assertThat(curve.negatives()).isEqualTo(10);
        assertThat(curve.effectivePositives()).isEqualTo(10);
        assertThat(curve.points()).hasSize(20);
        // at 0.55 every positive and no negative scores at or above it
        var at055 = curve.points().get(curve.indexOf(0.55));
        assertThat(at055.tp()).isEqualTo(10);
        assertThat(at055.fp()).isZero();
        assertThat(curve.points().getFirst()).isEqualTo(new ValidationCurve.Point(0.05, 10, 10));
        assertThat(curve.chosenThreshold()).isNull();
    }

    @Test
    void columns_may_come_in_any_order_with_words_for_labels_and_weights() throws IOException {
        var csv = new StringBuilder("\uFEFFLabel, weight ,Score\n");
        for (int i = 0; i < 10; i++) {
            csv.append("true,2,0.9\n").append("FALSE,0.5,0.1\n");
        }
        ValidationCurve curve = read(csv.toString());
        assertThat(curve.positives()).isEqualTo(20);
        assertThat(curve.negatives()).isEqualTo(5);
        assertThat(curve.points()).containsExactly(new ValidationCurve.Point(0.1, 20, 5),
                new ValidationCurve.Point(0.9, 20, 0));
    }

    @Test
    void more_than_a_thousand_distinct_scores_keep_a_thousand_thresholds_with_exact_counts() throws IOException {
        var random = new SplittableRandom(7);
        int n = 30_000;
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        var csv = new StringBuilder("score,label\n");
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextDouble() < 0.2;
            scores[i] = random.nextGaussian() + (labels[i] ? 1.5 : 0);
            csv.append(scores[i]).append(',').append(labels[i] ? 1 : 0).append('\n');
        }
        ValidationCurve curve = ValidationCsv.read(new ByteArrayInputStream(csv.toString().getBytes(
                StandardCharsets.UTF_8)), "big.csv", 10 * LIMIT);

        assertThat(curve.points()).hasSizeBetween(900, ValidationCurve.MAX_POINTS);
        for (var point : curve.points().subList(0, 50)) { // counted naively, row by row
            long tp = 0;
            long fp = 0;
            for (int i = 0; i < n; i++) {
                if (scores[i] >= point.threshold()) {
                    tp += labels[i] ? 1 : 0;
                    fp += labels[i] ? 0 : 1;
                }
            }
            assertThat(point.tp()).isEqualTo(tp);
            assertThat(point.fp()).isEqualTo(fp);
        }
        // the steps are about equal: roughly 30 rows between thresholds, never hundreds
        var p = curve.points();
        for (int i = 1; i < p.size(); i++) {
            double between = p.get(i - 1).tp() + p.get(i - 1).fp() - p.get(i).tp() - p.get(i).fp();
            assertThat(between).isBetween(1.0, 120.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a word for a score        | abc,1          | line 3, column 1 (score)  | must be a finite number, was "abc"
            NaN                       | NaN,1          | line 3, column 1 (score)  | must be a finite number, was "NaN"
            an infinity               | -Infinity,0    | line 3, column 1 (score)  | must be a finite number, was "-Infinity"
            a Java suffix             | 0.5d,0         | line 3, column 1 (score)  | must be a finite number, was "0.5d"
            a label that is not one   | 0.5,yes        | line 3, column 2 (label)  | must be 1, 0, true or false, was "yes"
            a missing label           | '0.5,'         | line 3, column 2 (label)  | must be 1, 0, true or false, was ""
            a column too many         | '0.5,1,2'      | line 3                    | has 3 columns, the header 2
            """)
    void a_bad_row_is_refused_with_its_line_and_column(String what, String row, String where, String message) {
        String csv = "score,label\n0.4,0\n" + row + "\n" + twenty("").substring(1);
        FieldError error = refusal(csv);
        assertThat(error.path()).isEqualTo(where);
        assertThat(error.message()).isEqualTo(message);
    }

    @ParameterizedTest(name = "weight {0}")
    @CsvSource({"0", "-1", "NaN", "Infinity", "heavy"})
    void a_weight_must_be_a_finite_number_above_zero(String weight) {
        FieldError error = refusal("score,label,weight\n0.4,0,1\n0.6,1," + weight + "\n");
        assertThat(error.path()).isEqualTo("line 3, column 3 (weight)");
        assertThat(error.message()).isEqualTo("must be a finite number above 0, was \"" + weight + "\"");
    }

    @Test
    void an_empty_file_a_missing_column_and_an_unknown_one_are_refused() {
        assertThat(refusal("").path()).isEqualTo("file");
        assertThat(refusal("").message()).startsWith("is empty");
        assertThat(refusal("score,weight\n0.5,1\n")).isEqualTo(new FieldError("line 1", "has no column label: the "
                + "header must name score and label (and weight if rows weigh differently)"));
        assertThat(refusal("0.5,1\n0.4,0\n").path()).isEqualTo("line 1, column 1");
        assertThat(refusal("score,label,score\n")).isEqualTo(new FieldError("line 1, column 3",
                "repeats the column score"));
    }

    @Test
    void fewer_than_ten_rows_of_either_label_are_refused() {
        String nine = twenty("score,label").lines().limit(20).reduce("", (a, b) -> a + b + "\n");
        assertThat(refusal(nine)).isEqualTo(new FieldError("file", "has 10 rows labelled positive and 9 labelled "
                + "negative: at least 10 of each are needed for a curve to mean anything"));
    }

    @Test
    void a_file_over_the_limit_is_refused_as_it_streams_in() {
        String csv = twenty("score,label");
        assertThatThrownBy(() -> ValidationCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "v.csv", 100)).isInstanceOfSatisfying(InvalidAssessmentException.class,
                e -> assertThat(e.errors().getFirst().path()).isEqualTo("file"));
    }
}
