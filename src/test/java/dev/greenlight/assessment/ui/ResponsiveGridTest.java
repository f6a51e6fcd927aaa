package dev.greenlight.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsiveGridTest {

    private static Grid<String> grid() {
        var grid = new Grid<String>();
        grid.addColumn(s -> s).setKey("title").setWidth("14em").setFlexGrow(3);
        grid.addColumn(s -> s).setKey("team");
        grid.addColumn(s -> s).setKey("score");
        ResponsiveGrid.readable(grid, List.of("team"));
        return grid;
    }

    @Test
    void on_a_phone_the_secondary_columns_step_aside_and_title_and_score_stay() {
        var grid = grid();
        ResponsiveGrid.fit(grid, List.of("team"), 390);
        assertThat(grid.getColumnByKey("team").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("title").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("score").isVisible()).isTrue();
        ResponsiveGrid.fit(grid, List.of("team"), 1280);
        assertThat(grid.getColumnByKey("team").isVisible()).as("back when the window widens").isTrue();
    }

    @Test
    void on_a_phone_the_title_starts_narrower_and_wraps_and_gets_its_width_back_on_a_desktop() {
        var grid = grid();
        ResponsiveGrid.fit(grid, List.of("team"), 390);
        assertThat(grid.getColumnByKey("title").getWidth()).isEqualTo(ResponsiveGrid.PHONE_TITLE_WIDTH);
        ResponsiveGrid.fit(grid, List.of("team"), 1280);
        assertThat(grid.getColumnByKey("title").getWidth()).isEqualTo("14em");
    }

    @Test
    void cell_text_wraps_instead_of_being_cut() {
        assertThat(grid().getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }
}
