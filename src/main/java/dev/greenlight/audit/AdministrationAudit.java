package dev.greenlight.audit;

import dev.greenlight.brief.BriefExported;
import dev.greenlight.currency.CurrencyEvents.ExchangeRatesRecorded;
import dev.greenlight.currency.CurrencyEvents.ReportingCurrencyChanged;
import dev.greenlight.portfolio.PortfolioExported;
import dev.greenlight.scoringmodel.ScoringModelEvents.AllRescored;
import dev.greenlight.scoringmodel.ScoringModelEvents.ScoringModelSaved;
import dev.greenlight.security.UserChanged;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Administration and exports into the audit trail: users, scoring models, re-score all, the reporting currency and its
 * rates, every file downloaded.
 */
@Component
class AdministrationAudit {

    private final AuditLog log;

    AdministrationAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(UserChanged e) {
        log.record(e.created() ? AuditAction.USER_CREATED : AuditAction.USER_CHANGED, null, e.what());
    }

    @EventListener
    void on(ScoringModelSaved e) {
        log.record(AuditAction.MODEL_CHANGED, null, "Scoring model " + e.oldVersion() + " → " + e.newVersion() + ": "
                + String.join("; ", e.differences()));
    }

    @EventListener
    void on(AllRescored e) {
        log.record(AuditAction.RESCORED, null, "Re-scored " + e.count() + " assessments with model " + e.modelVersion());
    }

    @EventListener
    void on(BriefExported e) {
        log.record(AuditAction.EXPORTED, e.assessmentId(), "Exported the Excel brief " + e.fileName());
    }

    @EventListener
    void on(PortfolioExported e) {
        var projects = e.projects() + (e.projects() == 1 ? " project" : " projects");
        log.record(AuditAction.EXPORTED, null, e.budget() == null
                ? "Exported the portfolio workbook " + e.fileName() + ": " + projects + ", filter: " + e.filter()
                : "Exported the budget frontier " + e.fileName() + ": " + projects + " for a budget of "
                        + String.format(Locale.ROOT, "%,.0f", e.budget()));
    }

    @EventListener
    void on(ReportingCurrencyChanged e) {
        log.record(AuditAction.REPORTING_CURRENCY_CHANGED, null, "Reporting currency " + e.from() + " → " + e.to());
    }

    @EventListener
    void on(ExchangeRatesRecorded e) {
        log.record(AuditAction.RATES_RECORDED, null, e.what());
    }
}
