package dev.greenlight.scoring;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers the way people say them: "$3.3M", "$400K", "82 %", "about 6 months". The one formatter of money in prose
 * (the business case, the explanation, the value-model sentences); tables show exact amounts elsewhere.
 */
final class Spoken {

    private enum Scale {
        ONE(1, ""), THOUSAND(1e3, "K"), MILLION(1e6, "M"), BILLION(1e9, "B");

        final double divisor;
        final String suffix;

        Scale(double divisor, String suffix) {
            this.divisor = divisor;
            this.suffix = suffix;
        }

        /**
         * Up to one decimal while the leading figure is small, as in "$3.3M" and "$4.5K" but "$400K"; cents only
         * for small amounts that have them, so a KPI of $6.50 per contact does not read "$7".
         */
        int decimals(double scaled) {
            return switch (this) {
                case ONE -> scaled < 100 && Math.abs(scaled - Math.rint(scaled)) >= 0.005 ? 2 : 0;
                case THOUSAND -> Math.abs(scaled) < 10 ? 1 : 0;
                case MILLION, BILLION -> Math.abs(scaled) < 100 ? 1 : 0;
            };
        }

        static Scale of(double amount) {
            double abs = Math.abs(amount);
            if (abs >= 1e9) return BILLION;
            if (abs >= 1e6) return MILLION;
            if (abs >= 1e3) return THOUSAND;
            return ONE;
        }
    }

    private final Locale locale;
    private final String symbol;
    private final DecimalFormatSymbols symbols;

    Spoken(String currencyCode, Locale locale) {
        this.locale = locale;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        this.symbol = currencySymbol(currencyCode, locale);
    }

    /** The locale's symbol for the currency, or its ISO code and a space when the locale has no symbol. */
    static String currencySymbol(String currencyCode, Locale locale) {
        try {
            String symbol = Currency.getInstance(currencyCode.strip().toUpperCase(Locale.ROOT)).getSymbol(locale);
            return symbol.chars().allMatch(Character::isLetter) ? symbol + " " : symbol;
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return currencyCode == null ? "" : currencyCode.strip() + " ";
        }
    }

    String symbol() {
        return symbol;
    }

    /** "$3.3M"; rounding that promotes the amount ("$999.96K") moves it to the next scale ("$1M"). */
    String money(double amount) {
        return format(amount, scaleFor(amount));
    }

    /** The amount in the scale that suits {@code reference}, so a range reads "$0.4M to $4.1M". */
    String moneyLike(double amount, double reference) {
        return format(amount, scaleFor(Math.max(Math.abs(reference), Math.abs(amount))));
    }

    /** "about $3.3M" when rounding changed the amount, "$400K" when it did not. */
    String aboutMoney(double amount) {
        Scale scale = scaleFor(amount);
        String text = format(amount, scale);
        return Math.abs(rounded(amount, scale) - amount) > 0.005 ? "about " + text : text;
    }

    /**
     * Where 8 of 10 outcomes fall, in words rather than P10 and P90: "between $0.4M and $4.1M", "between a loss of
     * $0.4M and a gain of $4.1M", "a loss of between $0.1M and $1.2M", or "about $2M" when both ends read the same.
     * Both ends share a scale; an end that rounds to nothing reads "$0" and never "a loss of $0M".
     */
    String range(double low, double high) {
        double reference = Math.max(Math.abs(low), Math.abs(high));
        String from = rangeEnd(Math.abs(low), reference);
        String to = rangeEnd(Math.abs(high), reference);
        boolean lowLoss = low < 0 && !from.equals(money(0));
        boolean highLoss = high < 0 && !to.equals(money(0));
        if (lowLoss && highLoss) {
            return from.equals(to) ? "a loss of about " + from : "a loss of between " + to + " and " + from;
        }
        if (lowLoss) {
            return "between a loss of " + from + " and " + (to.equals(money(0)) ? to : "a gain of " + to);
        }
        return from.equals(to) ? "about " + from : "between " + from + " and " + to;
    }

    private String rangeEnd(double amount, double reference) {
        String text = moneyLike(amount, reference);
        return text.equals(moneyLike(0, reference)) ? money(0) : text;
    }

    /** A span of months as a person says it: "under a month", "12 months", "about 6 months", "about 2.5 years". */
    String duration(double months) {
        if (months < 0.5) {
            return "under a month";
        }
        boolean exact = Math.abs(months - Math.rint(months)) < 1e-9;
        if (months < 24) {
            long whole = Math.round(months);
            return (exact ? "" : "about ") + whole + (whole == 1 ? " month" : " months");
        }
        double years = Math.round(months / 12 * 10) / 10.0;
        boolean exactYears = Math.abs(months / 12 - years) < 1e-9;
        String number = years == Math.rint(years) ? decimal(years, 0) : decimal(years, 1);
        return (exactYears ? "" : "about ") + number + " years";
    }

    /** A precise money figure for ratios: "$2.60". */
    String moneyExact(double amount) {
        var format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return sign(amount) + symbol + format.format(Math.abs(amount));
    }

    /** "82 %"; never rounds a real chance to 0 % or 100 %. */
    String percent(double fraction) {
        if (fraction > 0 && fraction < 0.005) {
            return "under 1 %";
        }
        if (fraction < 1 && fraction >= 0.995) {
            return "over 99 %";
        }
        return Math.round(fraction * 100) + " %";
    }

    String decimal(double value, int decimals) {
        var format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A KPI figure in its unit: money when the unit is a currency code, "12 %" for percent, else "4.2 hours". */
    String quantity(double value, String unit) {
        if (unit != null && unit.strip().matches("[A-Za-z]{3}") && isCurrency(unit.strip())) {
            return new Spoken(unit.strip(), locale).money(value);
        }
        String number = Math.abs(value) >= 1e6
                ? trimmed(Math.round(value / 1e5) / 10.0) + " million"
                : trimmed(value);
        if (unit == null || unit.isBlank()) {
            return number;
        }
        String u = unit.strip();
        return u.equals("%") ? number + " %" : number + " " + u;
    }

    private String trimmed(double value) {
        var format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException notACurrency) {
            return false;
        }
    }

    private String format(double amount, Scale scale) {
        double scaled = Math.abs(amount) / scale.divisor;
        int decimals = scale.decimals(scaled);
        var format = new DecimalFormat(switch (decimals) {
            case 0 -> "#,##0";
            case 1 -> "#,##0.#";
            default -> "#,##0.00";
        }, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String digits = format.format(scaled);
        String sign = digits.chars().allMatch(c -> c == '0' || !Character.isDigit(c)) ? "" : sign(amount);
        return sign + symbol + digits + scale.suffix;
    }

    private static Scale scaleFor(double amount) {
        Scale scale = Scale.of(amount);
        return Scale.of(rounded(amount, scale));
    }

    private static double rounded(double amount, Scale scale) {
        double scaled = Math.abs(amount) / scale.divisor;
        double factor = Math.pow(10, scale.decimals(scaled));
        return Math.copySign(Math.round(scaled * factor) / factor * scale.divisor, amount);
    }

    private static String sign(double amount) {
        return amount < 0 ? "-" : "";
    }
}
