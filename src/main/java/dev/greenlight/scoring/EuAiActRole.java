package dev.greenlight.scoring;

/** The organisation's role for an AI system under the EU AI Act (Art. 3(3) provider, Art. 3(4) deployer). */
public enum EuAiActRole {
    PROVIDER("provider"),
    DEPLOYER("deployer"),
    PROVIDER_AND_DEPLOYER("provider and deployer");

    private final String label;

    EuAiActRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean provides() {
        return this != DEPLOYER;
    }

    boolean deploys() {
        return this != PROVIDER;
    }
}
