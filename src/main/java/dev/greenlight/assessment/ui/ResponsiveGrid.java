package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Lists people can read at any width: titles wrap instead of being cut (with the whole title as a tooltip), and on a
 * narrow window the columns that matter least step aside so title, score and recommendation stay in view. The width
 * comes from the browser through Vaadin's own client details and resize events: no script of ours.
 */
@NamedInterface("ui")
public final class ResponsiveGrid {

    /** Below this window width (CSS pixels) the secondary columns are hidden. */
    public static final int PHONE_WIDTH = 700;

    private ResponsiveGrid() {
    }

    /** Wraps cell text and hides the columns with {@code secondaryKeys} on a narrow window. */
    public static void readable(Grid<?> grid, List<String> secondaryKeys) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        hideOnPhone(grid, secondaryKeys);
    }

    /** Hides the columns with {@code keys} while the window is narrower than {@link #PHONE_WIDTH}. */
    public static void hideOnPhone(Grid<?> grid, List<String> secondaryKeys) {
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit(grid, secondaryKeys, details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(e -> fit(grid, secondaryKeys, e.getWidth()));
            grid.addDetachListener(detach -> resize.remove());
        });
    }

    static void fit(Grid<?> grid, List<String> secondaryKeys, int width) {
        boolean narrow = width > 0 && width < PHONE_WIDTH;
        secondaryKeys.forEach(key -> {
            var column = grid.getColumnByKey(key);
            if (column != null) {
                column.setVisible(!narrow);
            }
        });
        // a growing column (the title) wraps into a narrower start on a phone, so score and recommendation fit beside it
        for (var column : grid.getColumns()) {
            if (column.getFlexGrow() > 0 && column.getWidth() != null) {
                var wide = (String) ComponentUtil.getData(column, WIDE_WIDTH);
                if (wide == null) {
                    wide = column.getWidth();
                    ComponentUtil.setData(column, WIDE_WIDTH, wide);
                }
                column.setWidth(narrow ? PHONE_TITLE_WIDTH : wide);
            }
        }
    }

    private static final String WIDE_WIDTH = ResponsiveGrid.class.getName() + ".wideWidth";
    static final String PHONE_TITLE_WIDTH = "8em";
}
