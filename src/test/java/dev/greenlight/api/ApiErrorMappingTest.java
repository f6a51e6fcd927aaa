package dev.greenlight.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.greenlight.SampleDocuments;
import dev.greenlight.assessment.AssessmentNotFoundException;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.AssessmentStatus;
import dev.greenlight.assessment.Lifecycle;
import dev.greenlight.assessment.StaleAssessmentException;
import dev.greenlight.assessment.WorkflowAction;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The HTTP mapping of the services' answers, on the web slice alone (the service is a mock, security filters are
 * off): every refusal is our JSON body with the status the README promises, and {@code If-Match} names the version.
 */
@WebMvcTest(AssessmentController.class)
@AutoConfigureMockMvc(addFilters = false)
class ApiErrorMappingTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AssessmentService service;

    private static String body() {
        return AssessmentJson.toTree(SampleDocuments.maintenance("Mapped")).toString();
    }

    @Test
    void invalid_answers_are_a_400_naming_each_field() throws Exception {
        when(service.update(eq(7L), any(), eq(3L))).thenThrow(new InvalidAssessmentException(List.of(
                new FieldError("financials.buildCosts[0].low", "must be ≤ likely (400000), was 500000"))));
        mvc.perform(put("/api/v1/assessments/7").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"3\"").content(body()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].path").value("financials.buildCosts[0].low"));
    }

    @Test
    void if_match_names_the_version_in_any_of_its_forms() throws Exception {
        when(service.update(eq(7L), any(), eq(3L))).thenThrow(new AssessmentNotFoundException(7));
        for (var tag : List.of("\"3\"", "W/\"3\"", "3")) {
            mvc.perform(put("/api/v1/assessments/7").contentType(MediaType.APPLICATION_JSON).header("If-Match", tag).content(body()))
                    .andExpect(status().isNotFound());
        }
        verify(service, org.mockito.Mockito.times(3)).update(eq(7L), any(), eq(3L));
    }

    @Test
    void an_if_match_that_is_no_version_is_a_400_naming_the_header() throws Exception {
        mvc.perform(put("/api/v1/assessments/7").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"yesterday\"").content(body()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("If-Match"));
    }

    @Test
    void a_stale_version_is_a_409_naming_the_version() throws Exception {
        when(service.update(eq(7L), any(), eq(2L))).thenThrow(new StaleAssessmentException(7, 2, 3));
        mvc.perform(put("/api/v1/assessments/7").contentType(MediaType.APPLICATION_JSON).header("If-Match", "2").content(body()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].path").value("version"));
    }

    @Test
    void a_move_the_lifecycle_forbids_is_a_409_naming_the_status() throws Exception {
        when(service.update(eq(7L), any(), eq(2L))).thenThrow(Lifecycle.IllegalTransitionException.because(
                AssessmentStatus.APPROVED, WorkflowAction.SUBMIT, "it is approved"));
        mvc.perform(put("/api/v1/assessments/7").contentType(MediaType.APPLICATION_JSON).header("If-Match", "2").content(body()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].path").value("status"));
    }

    @Test
    void a_refusal_is_a_403_and_an_unknown_id_a_404() throws Exception {
        when(service.get(5L)).thenThrow(new AccessDeniedException("Assessment 5 is a draft: only its author can see it"));
        mvc.perform(get("/api/v1/assessments/5")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Assessment 5 is a draft: only its author can see it"));
        when(service.get(anyLong())).thenThrow(new AssessmentNotFoundException(99));
        mvc.perform(get("/api/v1/assessments/99")).andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void a_body_that_is_not_json_is_a_400() throws Exception {
        mvc.perform(put("/api/v1/assessments/7").contentType(MediaType.APPLICATION_JSON).header("If-Match", "1").content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }
}
