package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.greenlight.TestUsers;
import dev.greenlight.ViewTest;
import dev.greenlight.ViewTestCase;
import dev.greenlight.assessment.AssessmentFilter;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.AssessmentSummary;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.security.UserService;
import dev.greenlight.security.ui.LoginView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class AssessmentViewsTest extends ViewTestCase {

    @Autowired
    AssessmentService service;
    @Autowired
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.create(users);
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page() {
        navigate("mine", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void engineer_lands_on_their_own_list_with_the_sample_data() {
        navigate("", MyAssessmentsView.class);
        assertThat(getCurrentView()).isInstanceOf(MyAssessmentsView.class);
        var grid = test(grid());
        assertThat(grid.size()).isGreaterThanOrEqualTo(6);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).owner()).isEqualTo("engineer");
        }
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void the_title_filter_narrows_the_list() {
        navigate(MyAssessmentsView.class);
        test($(TextField.class).id("title-filter")).setValue("fraud");
        var grid = test(grid());
        var titles = new java.util.ArrayList<String>();
        for (int i = 0; i < grid.size(); i++) {
            titles.add(grid.getRow(i).title());
        }
        assertThat(titles).contains("Card fraud early warning").allMatch(t -> t.toLowerCase().contains("fraud"));
        assertThat(titles).doesNotContain("Customer support chatbot");
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void the_status_filter_narrows_the_list() {
        navigate(MyAssessmentsView.class);
        test(statusFilter()).selectItem(AssessmentStatus.SUBMITTED.label());
        var grid = test(grid());
        assertThat(grid.size()).isGreaterThan(0);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        }
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void the_navigation_offers_what_an_engineer_may_use() {
        navigate(MyAssessmentsView.class);
        var labels = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).contains("New assessment", "My assessments", "All assessments");
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void leadership_lands_on_all_assessments_and_sees_no_authoring_entries() {
        navigate("", AllAssessmentsView.class);
        var labels = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).contains("All assessments").doesNotContain("New assessment", "My assessments");
        var grid = test(grid());
        var owner = grid().getColumns().indexOf(grid().getColumnByKey("owner"));
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).status()).isNotEqualTo(AssessmentStatus.DRAFT);
            if (grid.getRow(i).owner().equals("engineer")) {
                assertThat(grid.getCellText(i, owner)).as("owners by display name").isEqualTo("Erin Engineer");
            }
        }
        assertThat(grid.size()).isGreaterThan(0);
    }

    @Test
    @WithMockUser(username = "lead", roles = "LEADERSHIP")
    void leadership_cannot_open_the_new_assessment_form() {
        // Signed in but without the role: the router refuses (an error view), it does not ask to sign in again.
        assertThatThrownBy(() -> navigate(NewAssessmentView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected class");
        assertThat(getCurrentView()).isNotInstanceOf(NewAssessmentView.class).isNotInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void engineer_creates_a_draft_and_lands_on_its_page() {
        navigate(NewAssessmentView.class);
        test($(TextField.class).id("title")).setValue("Browserless idea");
        test($(TextField.class).id("team")).setValue("UI team");
        test($(TextArea.class).id("statement")).setValue("Agents retype invoices by hand.");
        test($(Button.class).id("create-draft")).click();
        assertThat(getCurrentView()).isInstanceOf(AssessmentView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Browserless idea");
        var mine = service.list(AssessmentFilter.mine(), PageRequest.of(0, 100)).getContent();
        assertThat(mine).extracting(AssessmentSummary::title).contains("Browserless idea");
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void a_missing_title_keeps_the_form_open_with_a_message() {
        navigate(NewAssessmentView.class);
        long before = service.list(AssessmentFilter.mine(), PageRequest.of(0, 1)).getTotalElements();
        test($(Button.class).id("create-draft")).click();
        assertThat(getCurrentView()).isInstanceOf(NewAssessmentView.class);
        var title = $(TextField.class).id("title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("title");
        assertThat(service.list(AssessmentFilter.mine(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void the_assessment_page_shows_every_section_and_submits() {
        var id = service.create(AssessmentDocument.draft("Page test", "One line", "T", "A problem")).id();
        navigate(AssessmentView.class, id);
        assertThat(find(com.vaadin.flow.component.html.H3.class).all()).extracting(h -> h.getText())
                .contains("Business problem", "Success metric", "ROI", "Ethical risk");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withId("export-brief").exists())
                .as("a draft that cannot be scored has no brief to export").isFalse();
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("audit-trail").exists()).isTrue();
        assertThat(find(com.vaadin.flow.component.html.Span.class).all()).extracting(com.vaadin.flow.component.html.Span::getText)
                .as("the author by display name").contains("by Erin Engineer");
        test($(Button.class).id("submit")).click();
        var notReady = $(ConfirmDialog.class).id("submit-not-ready");
        assertThat(notReady.getElement().getTextRecursively()).as("says what is missing, as the review step does")
                .contains("Still to answer").contains("Sponsor").contains("Kill criteria");
        test(notReady).confirm();
        assertThat(service.get(id).status()).as("a title-only draft is never submitted").isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    @WithMockUser(username = "engineer", roles = "ENGINEER")
    void a_complete_assessment_is_submitted_after_a_confirmation_and_a_resubmission_says_what_changed() {
        var id = service.create(dev.greenlight.SampleDocuments.fraud("Complete page test")).id();
        navigate(AssessmentView.class, id);
        var figures = find(com.vaadin.flow.component.html.Div.class).withClassName("figures").first().getElement().getTextRecursively();
        assertThat(figures).as("the figure that allows for failure leads, and the range is said in words")
                .contains("NPV in 8 of 10 simulated outcomes").doesNotContain("P10");
        assertThat(figures.indexOf("Risk-adjusted NPV")).isLessThan(figures.indexOf("NPV if the model works"));
        var meta = find(com.vaadin.flow.component.html.Div.class).withClassName("meta").single();
        assertThat(meta.getElement().getTextRecursively()).as("the row's internal counter is never shown as a version")
                .contains("not submitted yet").doesNotContain("version 0").doesNotContain("version 1");
        test($(Button.class).id("submit")).click();
        test($(ConfirmDialog.class).id("submit-confirm")).confirm();
        assertThat(service.get(id).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat($(Button.class).withId("submit").exists()).isFalse();
        meta = find(com.vaadin.flow.component.html.Div.class).withClassName("meta").single();
        assertThat(meta.getElement().getTextRecursively()).contains("version 1 submitted");
    }

    @Test
    @WithMockUser(username = TestUsers.OTHER_ENGINEER, roles = "ENGINEER")
    void another_engineers_draft_is_not_shown() {
        var draftId = anotherUsersDraft();
        navigate(AssessmentView.class, draftId);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Not yours to see");
    }

    @Test
    @WithMockUser(username = "pm", roles = "PRODUCT_MANAGER")
    void product_manager_reads_a_submitted_sample_without_edit_actions() {
        navigate(AllAssessmentsView.class);
        var grid = test(grid());
        assertThat(grid.size()).isGreaterThan(0);
        var first = grid.getRow(0);
        navigate(AssessmentView.class, first.id());
        assertThat($(Button.class).withId("submit").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withId("export-brief").exists())
                .isEqualTo(service.get(first.id()).scoreResult() != null);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withId("export-word-brief").exists())
                .isEqualTo(service.get(first.id()).scoreResult() != null);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains(first.title());
        var score = service.get(first.id()).scoreResult();
        if (score != null) {
            assertThat($(com.vaadin.flow.component.Svg.class).withId("tornado-chart").exists()).as("the page shows the charts").isTrue();
            assertThat($(com.vaadin.flow.component.Svg.class).withId("histogram-chart").exists()).isTrue();
            assertThat($(com.vaadin.flow.component.html.Span.class).id("score").getClassNames()).as("the big score in its recommendation's colour")
                    .contains("score-" + score.recommendation().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<AssessmentSummary> grid() {
        return $(Grid.class).id("assessments");
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<AssessmentStatus> statusFilter() {
        return $(MultiSelectComboBox.class).id("status-filter");
    }

    /** A draft of the demo engineer's, created as them, so the test user is someone else. */
    private long anotherUsersDraft() {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var me = context.getAuthentication();
        try {
            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                    "engineer", "n/a", java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ENGINEER"))));
            return service.create(AssessmentDocument.draft("Erin's secret draft", null, null, null)).id();
        } finally {
            context.setAuthentication(me);
        }
    }
}
