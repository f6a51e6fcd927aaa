package dev.greenlight.scoring;

public enum KpiType { COST_SAVINGS, REVENUE, RISK_REDUCTION, ENGAGEMENT, PRODUCTIVITY, QUALITY }
