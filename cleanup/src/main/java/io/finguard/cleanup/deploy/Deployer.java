package io.finguard.cleanup.deploy;

/** Deploys the scheduled job; no SDK types in its signature, so the schedule command never loads the SDK itself. */
public interface Deployer {

    /** @throws IllegalArgumentException for settings that cannot work (no region, no code jar for --apply) */
    DeploymentReport deploy(DeploymentSettings settings);
}
