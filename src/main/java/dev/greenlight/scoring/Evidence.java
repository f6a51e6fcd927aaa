package dev.greenlight.scoring;

public enum Evidence { DATA, BENCHMARK, EXPERT_GUESS }
