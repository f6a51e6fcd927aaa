package dev.greenlight.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads {@code sample-data/*.json} (packaged into the jar) on the first start of an empty database in
 * the demo profile, owned by the demo engineer; the titles listed in {@code greenlight.sample-data.submitted}
 * are already submitted for review. Never active in prod.
 */
@Component
@Profile("demo")
@Order(2)
class SampleDataLoader implements ApplicationRunner {

    static final String SAMPLE_OWNER = "engineer";
    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final AssessmentRepository repository;
    private final AssessmentScoring scoring;
    private final ResourcePatternResolver resources;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String location;
    private final Set<String> submittedTitles;

    SampleDataLoader(AssessmentRepository repository, AssessmentScoring scoring, ResourcePatternResolver resources,
                     TransactionTemplate transaction, Clock clock,
                     @Value("${greenlight.sample-data.location}") String location,
                     @Value("${greenlight.sample-data.submitted:}") String[] submittedTitles) {
        this.repository = repository;
        this.scoring = scoring;
        this.resources = resources;
        this.transaction = transaction;
        this.clock = clock;
        this.location = location;
        this.submittedTitles = Set.copyOf(Arrays.asList(submittedTitles));
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (repository.count() > 0) {
            return;
        }
        var files = Arrays.stream(resources.getResources(location))
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
        var documents = files.stream().map(SampleDataLoader::read).toList();
        transaction.executeWithoutResult(status -> store(documents));
        log.info("Loaded {} sample assessments from {}", documents.size(), location);
    }

    private void store(List<AssessmentDocument> documents) {
        for (var document : documents) {
            var now = Instant.now(clock);
            var assessment = new Assessment(SAMPLE_OWNER, document, now);
            scoring.apply(assessment);
            if (submittedTitles.contains(document.title())) {
                assessment.setStatus(AssessmentStatus.SUBMITTED, now);
            }
            repository.save(assessment);
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
