package dev.greenlight.assessment;

import dev.greenlight.assessment.AssessmentEvents.AllRescored;
import dev.greenlight.assessment.AssessmentEvents.ScoringModelSaved;
import org.springframework.context.ApplicationEventPublisher;
import dev.greenlight.security.CurrentUser;
import dev.greenlight.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring model's administration (PRODUCT.md §1): admins save new parameters as the next model version;
 * stored scores keep the version that computed them until an admin re-scores them, which is audited.
 */
@Service
public class ScoringModelService {

    private final ScoringModels models;
    private final AssessmentRepository assessments;
    private final AssessmentService assessmentService;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScoringModelService(ScoringModels models, AssessmentRepository assessments, AssessmentService assessmentService, ApplicationEventPublisher events,
                        CurrentUser currentUser, Clock clock) {
        this.models = models;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
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

    /** Saves {@code parameters} as the next model version, in force from now on. Bad values are refused naming the field. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public ScoringModelVersion change(ScoringParameters parameters) {
        if (parameters == null) {
            throw new InvalidAssessmentException(List.of(new FieldError("$", "the model parameters are required")));
        }
        var before = ScoringParameters.of(models.current());
        String oldVersion = models.current().version();
        dev.greenlight.scoring.ScoringModel saved;
        try {
            saved = models.saveNew(parameters, currentUser.require(), Instant.now(clock));
        } catch (IllegalArgumentException e) {
            var message = e.getMessage();
            var field = message.split(" ")[0];
            throw new InvalidAssessmentException(List.of(new FieldError(field.matches("[a-zA-Z]+") ? field : "$", message)));
        }
        events.publishEvent(new ScoringModelSaved(oldVersion, saved.version(), differences(before, parameters)));
        return current();
    }

    /** Re-scores every assessment with the model in force; frozen versions keep their scores. Returns how many changed model. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public int rescoreAll() {
        var version = models.current().version();
        var stale = assessments.findAll().stream()
                .filter(a -> a.scoreSummary() != null && !version.equals(a.scoreSummary().modelVersion()))
                .map(Assessment::getId).toList();
        // one at a time through the assessment service: each is saved under its lock and audited on its own page
        stale.forEach(assessmentService::rescore);
        int count = stale.size();
        events.publishEvent(new AllRescored(count, version));
        return count;
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
