package dev.greenlight.currency;

import java.time.LocalDate;
import java.util.List;

/**
 * What an ECB reference-rate file brought: {@code rates} rates over {@code days} days from {@code first} to {@code last},
 * of which {@code replaced} replaced a rate already stored for the same currency and day.
 */
public record EcbImport(int days, int rates, int replaced, List<String> currencies, LocalDate first, LocalDate last) {
}
