package dev.greenlight.scoringmodel;

import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.EuAiActRulesFile;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.document.ScoringInputs;
import dev.greenlight.scoringmodel.ScoringModelEvents.AllRescored;
import dev.greenlight.scoringmodel.ScoringModelEvents.ScoringModelSaved;
import dev.greenlight.security.CurrentUser;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scoring model's administration (PRODUCT.md §1): admins save new parameters as the next model version;
 * stored scores keep the version that computed them until an admin re-scores them, which is audited.
 */
@Service
public class ScoringModelService {

    private final ScoringModels models;
    private final AssessmentService assessments;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transactions;
    /** Enough for several saves at the same moment; each retry sees the versions committed meanwhile. */
    private static final int SAVE_ATTEMPTS = 5;

    ScoringModelService(ScoringModels models, AssessmentService assessments,
                        ApplicationEventPublisher events, CurrentUser currentUser, Clock clock,
                        PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.models = models;
        this.assessments = assessments;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The model in force: its version and parameters. */
    @PreAuthorize("isAuthenticated()")
    public ScoringModelVersion current() {
        var model = models.current();
        return models.history().stream().filter(v -> v.version().equals(model.version())).findFirst()
                .orElse(new ScoringModelVersion(model.version(), ScoringParameters.of(model), null, null));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<ScoringModelVersion> history() {
        return models.history();
    }

    /**
     * Saves {@code parameters} as the next model version, in force from now on. Bad values are refused naming the field.
     * Two saves at once (two admins, two instances) compute the same next version name; the database's unique
     * constraint refuses the later one, which is then retried in a fresh transaction under the next name.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public ScoringModelVersion change(ScoringParameters parameters) {
        if (parameters == null) {
            throw new InvalidAssessmentException(List.of(new FieldError("$", "the model parameters are required")));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> saveAndAudit(parameters));
            } catch (DataIntegrityViolationException e) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private ScoringModelVersion saveAndAudit(ScoringParameters parameters) {
        var before = ScoringParameters.of(models.current());
        String oldVersion = models.current().version();
        dev.greenlight.scoring.ScoringModel saved;
        try {
            saved = models.saveNew(parameters, currentUser.require(), Instant.now(clock));
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
        events.publishEvent(new ScoringModelSaved(oldVersion, saved.version(), differences(before, parameters)));
        return current();
    }

    /**
     * What saving {@code parameters} would do to the stored assessments' recommendations, without saving anything:
     * every scored assessment scored again with the candidate model. Bad values are refused naming the field.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public ModelEffect preview(ScoringParameters parameters) {
        if (parameters == null) {
            throw new InvalidAssessmentException(List.of(new FieldError("$", "the model parameters are required")));
        }
        dev.greenlight.scoring.ScoringModel candidate;
        try {
            candidate = parameters.toModel("candidate", models.current());
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
        var scorer = new dev.greenlight.scoring.GreenlightScorer(candidate, EuAiActRulesFile.bundled());
        var moves = new ArrayList<ModelEffect.Move>();
        int scored = 0;
        for (var a : assessments.scored()) {
            var before = a.score();
            if (!ScoringInputs.missingForScore(a.document()).isEmpty()) {
                continue;
            }
            scored++;
            var after = scorer.score(ScoringInputs.of(a.document(), Locale.US));
            if (after.recommendation() != before.recommendation()) {
                moves.add(new ModelEffect.Move(a.id(), a.title(), before.recommendation(), after.recommendation(),
                        before.score(), after.score()));
            }
        }
        return new ModelEffect(candidate.version(), scored, moves);
    }

    /**
     * Re-scores every assessment scored by another model with the one in force; frozen versions keep their scores.
     * Reports how many were re-scored and whose recommendation moved.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public ModelEffect rescoreAll() {
        var version = models.current().version();
        // a newer EU AI Act rules file makes a score stale too, even under the same model (PRODUCT.md §6.3)
        var rules = EuAiActRulesFile.bundled().lastReviewed();
        var stale = assessments.scored().stream()
                .filter(a -> !version.equals(a.score().modelVersion()) || !rules.equals(a.euRulesReviewed()))
                .toList();
        var moves = new ArrayList<ModelEffect.Move>();
        // one at a time through the assessment service: each is saved under its lock and audited on its own page
        for (var a : stale) {
            var before = a.score();
            var after = assessments.rescore(a.id()).score();
            if (after != null && after.recommendation() != before.recommendation()) {
                moves.add(new ModelEffect.Move(a.id(), a.title(), before.recommendation(), after.recommendation(),
                        before.score(), after.score()));
            }
        }
        events.publishEvent(new AllRescored(stale.size(), version));
        return new ModelEffect(version, stale.size(), moves);
    }

    private static InvalidAssessmentException invalid(IllegalArgumentException e) {
        var message = e.getMessage();
        var field = message.split(" ")[0];
        return new InvalidAssessmentException(List.of(new FieldError(field.matches("[a-zA-Z]+") ? field : "$", message)));
    }

    private static List<String> differences(ScoringParameters a, ScoringParameters b) {
        var out = new ArrayList<String>();
        for (var component : ScoringParameters.class.getRecordComponents()) {
            try {
                var x = component.getAccessor().invoke(a);
                var y = component.getAccessor().invoke(b);
                if (!x.equals(y)) {
                    out.add(String.format(Locale.ROOT, "%s %s → %s", component.getName(), x, y));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.isEmpty() ? List.of("no parameter changed") : out;
    }
}
