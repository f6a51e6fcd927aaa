package dev.greenlight.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.assessment.ui.AssessmentPageSection;
import dev.greenlight.audit.AuditLog;
import dev.greenlight.security.UserDirectory;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.time.format.DateTimeFormatter;

/** The assessment's audit trail, folded, on its page: for everyone who may read the assessment. */
@Configuration
class AuditTrailSection {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Bean
    AssessmentPageSection auditTrail(AuditLog audit, UserDirectory names) {
        return AssessmentPageSection.of(AssessmentPageSection.Slot.BODY, 90, details -> true, (details, changed) -> trail(audit, names, details));
    }

    private static Component trail(AuditLog audit, UserDirectory names, AssessmentDetails details) {
        var content = new Div();
        content.setId("audit-trail");
        var ul = new UnorderedList();
        for (var a : audit.forAssessment(details.id())) {
            ul.add(new ListItem(UTC.format(a.occurredAt()) + " · " + names.displayName(a.actor()) + " · " + a.action().label() + " · " + a.detail()));
        }
        content.add(ul);
        var box = new Details("Audit trail", content);
        box.addClassNames("review-block", "audit-block");
        return box;
    }
}
