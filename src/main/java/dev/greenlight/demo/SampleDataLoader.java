package dev.greenlight.demo;

import dev.greenlight.assessment.AssessmentFilter;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.review.ReviewService;
import dev.greenlight.security.Role;
import dev.greenlight.tracking.TrackingService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads {@code sample-data/*.json} (packaged into the jar) on the first start of an empty database in
 * the demo profile, owned by the demo engineer; the titles listed in {@code greenlight.sample-data.submitted}
 * are already submitted for review, and {@link TrackedSample#TITLE} is approved a few months back with a check-in for
 * each month since (when the application runs on the demo's own clock). Never active in prod. It lives in its own module because it drives several
 * features (assessments, review) as a user would.
 */
@Component
@Profile("demo")
@Order(2)
class SampleDataLoader implements ApplicationRunner {

    static final String SAMPLE_OWNER = "engineer";
    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final AssessmentService service;
    private final ReviewService reviews;
    private final ResourcePatternResolver resources;
    private final TransactionTemplate transaction;
    private final String location;
    private final Set<String> submittedTitles;
    private final TrackedSample tracked;
    private final TrackRecordSamples history;

    SampleDataLoader(AssessmentService service, ReviewService reviews, TrackingService tracking, java.time.Clock clock,
                     ResourcePatternResolver resources, TransactionTemplate transaction,
                     @Value("${greenlight.sample-data.location}") String location,
                     @Value("${greenlight.sample-data.submitted:}") String[] submittedTitles,
                     @Value("${greenlight.sample-data.track-record:true}") boolean trackRecord) {
        this.service = service;
        this.reviews = reviews;
        this.resources = resources;
        this.transaction = transaction;
        this.location = location;
        this.submittedTitles = Set.copyOf(Arrays.asList(submittedTitles));
        // only the demo's own clock can be set back; under a test's clock the sample simply stays a draft
        this.tracked = clock instanceof DemoClock demo ? new TrackedSample(service, reviews, tracking, demo) : null;
        this.history = clock instanceof DemoClock demo && trackRecord ? new TrackRecordSamples(service, reviews, tracking, demo) : null;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var files = Arrays.stream(resources.getResources(location))
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
        var documents = files.stream().map(SampleDataLoader::read).toList();
        // The samples are created and submitted by their author through the service, exactly as in the app:
        // submitted ones get a frozen version 1 and an audit trail.
        var context = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                    SAMPLE_OWNER, null, List.of(new SimpleGrantedAuthority(Role.ENGINEER.authority())))));
            if (service.list(AssessmentFilter.visible(), PageRequest.of(0, 1)).getTotalElements() > 0) {
                return;
            }
            transaction.executeWithoutResult(status -> store(documents));
        } finally {
            SecurityContextHolder.setContext(context);
        }
        log.info("Loaded {} sample assessments from {}", documents.size(), location);
    }

    private void store(List<AssessmentDocument> documents) {
        for (var document : documents) {
            if (tracked != null && TrackedSample.TITLE.equals(document.title())) {
                tracked.play(document);
                continue;
            }
            var created = service.create(document);
            if (submittedTitles.contains(document.title())) {
                reviews.submit(created.id(), created.version());
            }
        }
        if (history != null) {
            var byTitle = new java.util.HashMap<String, AssessmentDocument>();
            documents.forEach(d -> byTitle.put(d.title(), d));
            history.play(byTitle);
        }
    }

    private static AssessmentDocument read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return AssessmentJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read sample file " + resource.getFilename(), e);
        } catch (InvalidAssessmentException e) {
            throw new IllegalStateException("Sample file " + resource.getFilename() + " is invalid: " + e.getMessage(), e);
        }
    }
}
