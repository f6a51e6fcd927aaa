package dev.greenlight.base.ui;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import java.util.Locale;

/**
 * A text field's limit shown as a counter under it ("35 of 200 characters") instead of the browser cutting what is
 * typed or pasted. Over the limit the field keeps the text and whoever stores it refuses it with a message.
 */
public final class TextLimit {

    private TextLimit() {
    }

    /** Shows {@code help} (may be blank) followed by the count, kept up to date as the value changes. */
    public static <F extends HasHelper & HasValue<?, String>> void counted(F field, int max, String help) {
        field.setHelperText(text(field.getValue(), max, help));
        field.addValueChangeListener(e -> field.setHelperText(text(e.getValue(), max, help)));
    }

    static String text(String value, int max, String help) {
        int length = value == null ? 0 : value.length();
        var count = String.format(Locale.US, "%,d of %,d characters", length, max) + (length > max ? " — too long" : "");
        return help == null || help.isBlank() ? count : help + " · " + count;
    }
}
