package dev.greenlight.currency;

/** A rates file that is not the ECB's format; {@code field} is its line ("line 3"), and nothing of the file was stored. */
public class MalformedRatesFileException extends InvalidCurrencyRequestException {

    public MalformedRatesFileException(long line, String reason) {
        super("line " + line, reason);
    }
}
