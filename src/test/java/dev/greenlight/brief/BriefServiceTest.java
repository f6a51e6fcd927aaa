package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BriefServiceTest {

    @Test
    void file_names_are_sanitised() {
        assertThat(BriefService.fileName("Card fraud early warning", "xlsx")).isEqualTo("card-fraud-early-warning-brief.xlsx");
        assertThat(BriefService.fileName("../../etc/passwd", "xlsx")).isEqualTo("etc-passwd-brief.xlsx");
        assertThat(BriefService.fileName("Prévision « churn » 2027!", "xlsx")).isEqualTo("prevision-churn-2027-brief.xlsx");
        assertThat(BriefService.fileName("=HYPERLINK()", "xlsx")).isEqualTo("hyperlink-brief.xlsx");
        assertThat(BriefService.fileName("   ", "xlsx")).isEqualTo("assessment-brief.xlsx");
        assertThat(BriefService.fileName("x".repeat(300), "xlsx")).hasSize(80 + "-brief.xlsx".length());
        assertThat(BriefService.fileName("Card fraud", "docx")).isEqualTo("card-fraud-brief.docx");
    }
}
