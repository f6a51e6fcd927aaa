package dev.greenlight.api;

import dev.greenlight.document.AssessmentJson;
import dev.greenlight.currency.CurrencyService;
import dev.greenlight.currency.EcbImport;
import dev.greenlight.currency.StoredRate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting currency and its exchange rates (PRODUCT.md §11, issue 22 item 4). Writes are for admins (the service
 * checks); the reporting currency may be read by anyone signed in, the rates by admins.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reporting currency", description = "The currency portfolio totals are in, and dated exchange rates into it")
class CurrencyController {

    /** The ECB's files are sent as they are published. */
    static final String CSV = "text/csv";
    static final String ECB_PATH = "/api/v1/admin/exchange-rates/ecb";

    private final CurrencyService currency;

    CurrencyController(CurrencyService currency) {
        this.currency = currency;
    }

    record ReportingCurrency(String currency) {
    }

    /**
     * A rate: {@code perReportingUnit} units of {@code currency} per one unit of the reporting currency, as the ECB
     * quotes (1 EUR = 1.0842 USD). Listed rates also say {@code quotedPer}: the reporting currency when they were recorded
     * (EUR for the ECB's); after a change of reporting currency, older rates convert through cross rates.
     */
    record Rate(String currency, BigDecimal perReportingUnit, LocalDate validFrom, String source, String quotedPer,
                Instant recordedAt, String recordedBy) {

        static Rate of(StoredRate r) {
            return new Rate(r.currency(), r.rate(), r.validFrom(), r.source(), r.quotedPer(), r.recordedAt(), r.recordedBy());
        }
    }

    record NewRate(String currency, BigDecimal perReportingUnit, LocalDate validFrom, String source) {
    }

    @GetMapping("/reporting-currency")
    @Operation(summary = "The reporting currency: {\"currency\": \"EUR\"}")
    ReportingCurrency reportingCurrency() {
        return new ReportingCurrency(currency.reportingCurrency());
    }

    @PutMapping(path = "/reporting-currency", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the reporting currency (admins): {\"currency\": \"USD\"}, an ISO 4217 code")
    ReportingCurrency changeReportingCurrency(@RequestBody String body) {
        var wanted = AssessmentJson.readValue(body, ReportingCurrency.class);
        return new ReportingCurrency(currency.changeReportingCurrency(wanted.currency()));
    }

    @GetMapping("/exchange-rates")
    @Operation(summary = "Recorded rates, newest first (admins); `currency` narrows to rates of or against that currency")
    List<Rate> rates(@RequestParam(required = false) String currency, @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "100") int size) {
        return this.currency.rates(currency, page, size).stream().map(Rate::of).toList();
    }

    @PostMapping(path = "/exchange-rates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a rate (admins): {\"currency\": \"USD\", \"perReportingUnit\": 1.0842, \"validFrom\": \"2026-12-01\", "
            + "\"source\": \"ECB\"}; a rate of the same currency and day is replaced")
    ResponseEntity<Rate> recordRate(@RequestBody String body) {
        var rate = AssessmentJson.readValue(body, NewRate.class);
        return ResponseEntity.status(HttpStatus.CREATED).body(Rate.of(
                currency.recordRate(rate.currency(), rate.perReportingUnit(), rate.validFrom(), rate.source())));
    }

    @PostMapping(path = "/exchange-rates/ecb", consumes = CSV)
    @Operation(summary = "Import the ECB's euro reference rates (admins): eurofxref.csv or eurofxref-hist.csv as published, "
            + "unzipped; a malformed line refuses the whole file, naming the line")
    EcbImport importEcb(@RequestBody String csv) {
        return currency.importEcb(new StringReader(csv));
    }
}
