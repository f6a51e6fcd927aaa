package dev.greenlight.assessment;

import dev.greenlight.document.AssessmentDocument.Estimate;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.Completeness;
import dev.greenlight.document.DocumentTree;
import dev.greenlight.document.EuAiActRulesFile;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.Questionnaire.Step;
import dev.greenlight.document.Questionnaire;
import dev.greenlight.document.ScoringInputs;
import dev.greenlight.scoring.EuAiActRules;
import dev.greenlight.scoring.EuAiActScreener;
import dev.greenlight.scoring.EuAiActScreening;
import dev.greenlight.scoring.Evidence;
import dev.greenlight.scoring.ScoreResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What the wizard knows about one draft between two keystrokes, without any screen (decision 003): the
 * working copy of the §2.2 document, the row version it was last saved under, the last valid document and
 * its score, and the errors of the latest change by JSON path. From these it answers how far each step is,
 * what is missing, and the two rules the ROI step follows (adoption follows the horizon; a suggested MLOps
 * maintenance line while there is none).
 *
 * <p>One change is one parse here and, if the document moved, one {@link AssessmentService#update} that
 * validates, saves and scores it; the draft keeps what that save returned instead of validating or scoring
 * again. Not thread-safe: one belongs to one wizard.
 */
public final class WizardDraft {

    /** How far a step of the questionnaire is. */
    public enum Progress {
        COMPLETE, INCOMPLETE, INVALID
    }

    /** What the latest change calls for. */
    public sealed interface Change {
    }

    /** The working copy is the document last saved: nothing to write. */
    public record Unchanged() implements Change {
    }

    /** The working copy does not even read as the format (a wrong type, say): nothing to write. */
    public record Unreadable(List<FieldError> errors) implements Change {
    }

    /** A document to save under the version the wizard last saw; the service validates it. */
    public record Save(AssessmentDocument document, long expectedVersion) implements Change {
    }

    private static final String ADOPTION = "financials.adoptionByYear";
    private static final String BUILD_COSTS = "financials.buildCosts";
    private static final String RUN_COSTS = "financials.annualRunCosts";
    private static final List<String> MAINTENANCE_WORDS = List.of("mlops", "maintenance", "retrain", "monitoring");

    private final long id;
    private final DocumentTree tree;
    private long version;
    private AssessmentDocument lastValid;
    private ScoreResult score;
    private List<FieldError> missingForScore;
    private List<FieldError> errors = List.of();
    private AssessmentDetails stored;

    private WizardDraft(AssessmentDetails details) {
        id = details.id();
        tree = new DocumentTree(AssessmentJson.toTree(details.document()));
        stored(details);
    }

    /**
     * Opens the stored assessment. A draft with no ROI section yet gets the model's default discount rate
     * in its working copy, so the first change saves it.
     */
    public static WizardDraft open(AssessmentDetails details, double defaultDiscountRate) {
        var draft = new WizardDraft(details);
        if (draft.tree.get("financials.discountRate") == null) {
            draft.tree.set("financials.discountRate", DocumentTree.number(defaultDiscountRate));
        }
        return draft;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    /** The working copy the fields write into. */
    public DocumentTree tree() {
        return tree;
    }

    public AssessmentDocument lastValid() {
        return lastValid;
    }

    /** The score of the last valid document; empty while it has too little to score. */
    public Optional<ScoreResult> score() {
        return Optional.ofNullable(score);
    }

    /**
     * Whether the score in hand is not what the model in force would give: it was computed by another model,
     * or there is none although the answers can be scored. Then the wizard previews it once on opening.
     */
    public boolean needsScoreBy(String modelVersion) {
        return score == null ? missingForScore.isEmpty() : !score.modelVersion().equals(modelVersion);
    }

    /** Replaces the score in hand, e.g. with a preview by the model in force. */
    public void rescored(ScoreResult result) {
        score = result;
    }

    /**
     * The EU AI Act screening of the last valid document's answers, with the rules shipped (PRODUCT.md §6.3):
     * cheap enough for every change, and there even before the ROI section allows a score.
     */
    public EuAiActScreening euAiAct() {
        var ethics = lastValid == null ? null : lastValid.ethics();
        return EuAiActScreener.screen(EuAiActRulesFile.bundled(), ScoringInputs.euAiAct(ethics == null ? null : ethics.euAiAct()));
    }

    /** What the last valid document still needs before it can be scored. */
    public List<FieldError> missingForScore() {
        return missingForScore;
    }

    /** The problems of the latest change, by JSON path; empty when it was valid. */
    public List<FieldError> errors() {
        return errors;
    }

    /** Reads the working copy once, as strictly as the API would, and says whether it must be saved. */
    public Change change() {
        AssessmentDocument document;
        try {
            document = AssessmentJson.parse(tree.root());
        } catch (InvalidAssessmentException e) {
            errors = e.errors();
            return new Unreadable(errors);
        }
        errors = List.of();
        return document.equals(lastValid) ? new Unchanged() : new Save(document, version);
    }

    /** The assessment as last stored: what the parts other features contribute to the review step act on. */
    public AssessmentDetails storedDetails() {
        return stored;
    }

    /** The save went through: what it stored, its new version and the score it computed become the draft's. */
    public void saved(AssessmentDetails details) {
        stored(details);
        errors = List.of();
    }

    /** The service refused the document; the last valid one stays as it was. */
    public void refused(List<FieldError> problems) {
        errors = List.copyOf(problems);
    }

    /** Someone saved in between and the author chose to keep their answers: the next save overwrites that version. */
    public void keepMineOver(long currentVersion) {
        version = currentVersion;
    }

    private void stored(AssessmentDetails details) {
        stored = details;
        version = details.version();
        lastValid = details.document();
        score = details.scoreResult();
        missingForScore = details.missingForScore();
    }

    /** A step is invalid while one of its fields is, complete when what it asks is answered. */
    public Progress progress(Step step) {
        if (errors.stream().anyMatch(e -> Questionnaire.stepOf(e.path()) == step)) {
            return Progress.INVALID;
        }
        // the same list the review step shows and the submit button enforces, so a ticked step is really done
        boolean complete = step == Step.REVIEW || Completeness.missing(tree, missingForScore).stream()
                .noneMatch(item -> Questionnaire.stepOf(item.path()) == step);
        return complete ? Progress.COMPLETE : Progress.INCOMPLETE;
    }

    /**
     * The review's list: what scoring still needs, then each unanswered question (check boxes and yes/no
     * questions may stay empty), then the latest change's errors.
     */
    public List<FieldError> missing() {
        var items = new ArrayList<>(Completeness.missing(tree, missingForScore));
        items.addAll(errors);
        return items;
    }

    /**
     * Makes the working copy's adoption one share per year of the horizon: shares already given are kept, a
     * new first year starts at 50 % and later years at 100 %. Empty while no horizon of 1–10 years is chosen.
     */
    public Optional<List<Double>> adoptionFollowingHorizon() {
        var horizon = tree.get("financials.horizonYears");
        if (horizon == null || horizon.asInt() < AssessmentValidator.MIN_HORIZON || horizon.asInt() > AssessmentValidator.MAX_HORIZON) {
            return Optional.empty();
        }
        var existing = tree.get(ADOPTION);
        var shares = new ArrayList<Double>();
        var values = JsonNodeFactory.instance.arrayNode();
        for (int y = 0; y < horizon.asInt(); y++) {
            double share = existing != null && existing.size() > y ? existing.get(y).asDouble() : (y == 0 ? 0.5 : 1.0);
            shares.add(share);
            values.add(share);
        }
        tree.set(ADOPTION, values);
        return Optional.of(List.copyOf(shares));
    }

    /** Sets one year's adoption share (a fraction); {@code null} leaves the year unanswered. */
    public void setAdoption(int year, Double share) {
        tree.array(ADOPTION).set(year, share == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.numberNode(share));
    }

    /**
     * Models decay, so maintaining one costs money every year: while no run-cost line looks like maintenance,
     * a line of about 20 % of the likely build cost (at least 1,000), low at 60 % and high at 160 % of it.
     */
    public Optional<Estimate> suggestedMaintenanceLine() {
        var runCosts = tree.get(RUN_COSTS);
        if (runCosts != null) {
            for (var line : runCosts) {
                var name = line.path("name").asString("").toLowerCase(Locale.ROOT);
                if (MAINTENANCE_WORDS.stream().anyMatch(name::contains)) {
                    return Optional.empty();
                }
            }
        }
        double build = 0;
        var builds = tree.get(BUILD_COSTS);
        if (builds != null) {
            for (var line : builds) {
                build += line.path("likely").asDouble(0);
            }
        }
        double likely = Math.max(1000, thousands(build * 0.2));
        return Optional.of(new Estimate("MLOps maintenance (monitoring, retraining, on-call)", thousands(likely * 0.6), likely,
                thousands(likely * 1.6), Evidence.BENCHMARK));
    }

    private static double thousands(double amount) {
        return Math.round(amount / 1000) * 1000.0;
    }
}
