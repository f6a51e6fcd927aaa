package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BriefServiceTest {

    @Test
    void file_names_are_sanitised() {
        assertThat(BriefService.fileName("Card fraud early warning")).isEqualTo("card-fraud-early-warning-brief.xlsx");
        assertThat(BriefService.fileName("../../etc/passwd")).isEqualTo("etc-passwd-brief.xlsx");
        assertThat(BriefService.fileName("Prévision « churn » 2027!")).isEqualTo("prevision-churn-2027-brief.xlsx");
        assertThat(BriefService.fileName("=HYPERLINK()")).isEqualTo("hyperlink-brief.xlsx");
        assertThat(BriefService.fileName("   ")).isEqualTo("assessment-brief.xlsx");
        assertThat(BriefService.fileName("x".repeat(300))).hasSize(80 + "-brief.xlsx".length());
    }
}
