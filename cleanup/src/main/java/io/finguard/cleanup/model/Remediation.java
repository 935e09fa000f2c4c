package io.finguard.cleanup.model;

import java.util.List;

/**
 * What cleanup plans for one resource. A planner creates it from what it scanned; the job either reports
 * {@link #plan()} (dry run) or calls {@link #apply()}, which re-reads the resource before changing it and returns
 * the same actions with their outcome. {@code apply} reports failures as actions; an exception escaping it is
 * recorded by the job as a failure of every planned action.
 */
public interface Remediation {

    List<Action> plan();

    List<Action> apply();
}
