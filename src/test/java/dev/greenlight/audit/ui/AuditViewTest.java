package dev.greenlight.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.audit.AuditAction;
import dev.greenlight.audit.AuditRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class AuditViewTest extends ViewTestCase {

    @Autowired
    ApplicationEventPublisher events;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_admin_filters_the_trail_by_who_and_what() {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated("mallory", "guess"), new BadCredentialsException("Bad credentials")));
        navigate(AuditView.class);
        test($(TextField.class).id("audit-actor")).setValue("mallory");
        @SuppressWarnings("unchecked") Select<AuditAction> action = $(Select.class).id("audit-action");
        action.setValue(AuditAction.LOGIN_FAILED);
        @SuppressWarnings("unchecked") var grid = test((Grid<AuditRecord>) $(Grid.class).id("audit"));
        assertThat(grid.size()).isPositive();
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).actor()).isEqualTo("mallory");
            assertThat(grid.getCellText(i, 1)).as("no such user: shown as stored").isEqualTo("mallory");
            assertThat(grid.getRow(i).action()).isEqualTo(AuditAction.LOGIN_FAILED);
        }
        action.setValue(AuditAction.CREATED);
        assertThat(grid.size()).isZero();
    }

    @Autowired
    dev.greenlight.assessment.AssessmentService assessments;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void entries_name_their_assessment_and_open_to_their_whole_detail() {
        var id = dev.greenlight.RunAs.engineer(() -> assessments.create(dev.greenlight.SampleDocuments.maintenance("Audited by title")).id());
        dev.greenlight.RunAs.engineer(() -> {
            var current = assessments.get(id);
            return assessments.update(id, current.document().withTitle("Audited by title, renamed"), current.version());
        });
        navigate(AuditView.class);
        test($(com.vaadin.flow.component.textfield.IntegerField.class).id("audit-assessment")).setValue(id.intValue());
        @SuppressWarnings("unchecked") var grid = test((Grid<AuditRecord>) $(Grid.class).id("audit"));
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 3)).isEqualTo("Audited by title, renamed (#" + id + ")");
        assertThat(grid.getCellText(0, 1)).as("who, by display name").isEqualTo("Erin Engineer");
        var changed = grid.getRow(0);
        assertThat(changed.action()).isEqualTo(AuditAction.CHANGED);
        grid.clickRow(0);
        assertThat(((Grid<AuditRecord>) $(Grid.class).id("audit")).isDetailsVisible(changed)).isTrue();
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void only_admins_see_the_whole_trail() {
        try {
            navigate(AuditView.class);
        } catch (RuntimeException expected) {
            // refused navigation surfaces as an error in browserless mode
        }
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
