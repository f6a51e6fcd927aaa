package dev.greenlight.scoring;

import java.util.Locale;
import java.util.Optional;

/**
 * What counts as text a person typed: every character of every script, emoji, tab and line breaks; never a
 * control character (NUL, ESC, …), a lone surrogate half or a Unicode noncharacter (U+FFFE, U+FFFF, U+FDD0…).
 * Those are invisible, break the XML inside an .xlsx and cannot be stored by PostgreSQL (NUL), so every text
 * field of Greenlight (assessments, review comments and decisions, user names) refuses them with this check.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Why {@code text} is not plain text, e.g. {@code "contains the control character U+001B at position 4"};
     * empty when it is (or is null). Positions count characters from 1, as a person would.
     */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            position++;
            if (Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1) {
                return Optional.of("contains a lone surrogate " + code(cp) + " at position " + position
                        + " (not a character: the text was cut inside an emoji or mis-encoded)");
            }
            if (isControl(cp)) {
                return Optional.of("contains the control character " + code(cp) + " at position " + position
                        + " (only tab and line breaks are allowed)");
            }
            if (isNoncharacter(cp)) {
                return Optional.of("contains the noncharacter " + code(cp) + " at position " + position
                        + " (reserved by Unicode, never text)");
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    public static boolean isPlain(String text) {
        return problem(text).isEmpty();
    }

    /** C0 controls but tab, line feed and carriage return; DEL; the C1 controls. */
    private static boolean isControl(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
    }

    /** The 66 noncharacters: U+FDD0..U+FDEF and the last two code points of every plane. */
    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String code(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
