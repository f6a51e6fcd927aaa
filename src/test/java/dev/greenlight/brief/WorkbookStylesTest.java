package dev.greenlight.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenlight.brief.WorkbookStyles.Layout;
import dev.greenlight.scoring.Recommendation;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkbookStylesTest {

    @ParameterizedTest
    @CsvSource({"DOCUMENT, TOP, true", "TABLE, BOTTOM, false"})
    void the_layout_decides_the_alignment_and_whether_headers_wrap(Layout layout, VerticalAlignment vertical,
                                                                   boolean wrapHeaders) throws IOException {
        try (var wb = new XSSFWorkbook()) {
            var st = new WorkbookStyles(wb, layout);
            assertThat(st.header.getWrapText()).isEqualTo(wrapHeaders);
            for (var style : List.of(st.header, st.bold, st.money, st.number0, st.dateTime, st.userText.plain(),
                    st.userWrap.quoted())) {
                assertThat(style.getVerticalAlignment()).isEqualTo(vertical);
            }
        }
    }

    @Test
    void user_text_styles_differ_from_their_twins_only_by_the_quote_prefix() throws IOException {
        try (var wb = new XSSFWorkbook()) {
            var st = new WorkbookStyles(wb, Layout.DOCUMENT);
            for (var pair : new CellText.Style[] {st.userTitle, st.userText, st.userWrap}) {
                assertThat(pair.plain().getQuotePrefixed()).isFalse();
                assertThat(pair.quoted().getQuotePrefixed()).isTrue();
                assertThat(pair.quoted().getFontIndex()).isEqualTo(pair.plain().getFontIndex());
                assertThat(pair.quoted().getWrapText()).isEqualTo(pair.plain().getWrapText());
                assertThat(pair.quoted().getVerticalAlignment()).isEqualTo(pair.plain().getVerticalAlignment());
            }
        }
    }

    @Test
    void each_recommendation_has_its_own_colour_in_the_brief_and_the_portfolio() throws IOException {
        try (var wb = new XSSFWorkbook()) {
            var st = new WorkbookStyles(wb, Layout.DOCUMENT);
            for (Recommendation r : Recommendation.values()) {
                assertThat(st.recommendation(r).getFillForegroundColorColor().getARGBHex())
                        .isEqualTo(WorkbookStyles.colour(r).getARGBHex());
            }
            assertThat(Arrays.stream(Recommendation.values()).map(r -> WorkbookStyles.colour(r).getARGBHex())
                    .distinct()).hasSize(Recommendation.values().length);
        }
    }

    @Test
    void money_carries_the_workbooks_currency_or_none_when_currencies_are_mixed() throws IOException {
        try (var wb = new XSSFWorkbook()) {
            var brief = new WorkbookStyles(wb, Layout.DOCUMENT, "EUR");
            for (var style : List.of(brief.money, brief.moneyBold, brief.inputMoney)) {
                assertThat(style.getDataFormatString()).isEqualTo("#,##0 \"EUR\";-#,##0 \"EUR\"");
            }
            var portfolio = new WorkbookStyles(wb, Layout.TABLE);
            assertThat(portfolio.money.getDataFormatString()).isEqualTo("#,##0;-#,##0");
        }
        assertThatThrownBy(() -> WorkbookStyles.moneyFormat("EU\"R")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("financials.currency");
    }
}
