package dev.greenlight.currency;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingCurrencyRepository extends JpaRepository<ReportingCurrencySetting, Short> {
}
