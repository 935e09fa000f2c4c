package io.finguard.report;

import io.finguard.engine.Finding;
import io.finguard.engine.FindingInstance;
import io.finguard.engine.ReportBase;
import io.finguard.report.sarif.Location;
import io.finguard.report.sarif.ResultProperties;
import io.finguard.terraform.origin.ChainStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grouped finding's instances in SARIF (decision 075): listed in the result's {@code properties}, and the
 * {@code module} blocks that created them as {@code relatedLocations}, so that a viewer can link to the call where
 * a different input would be set.
 */
final class SarifInstances {

    private SarifInstances() {
    }

    static List<ResultProperties.Instance> of(Finding f, ReportBase base) {
        List<ResultProperties.Instance> out = new ArrayList<>();
        for (FindingInstance i : f.instances()) {
            List<ResultProperties.Call> via = i.via().stream()
                    .map(c -> new ResultProperties.Call(base.path(c.file()), c.line() > 0 ? c.line() : null))
                    .toList();
            out.add(new ResultProperties.Instance(i.address(), JsonReport.root(i, base), via));
        }
        return out;
    }

    /** Each distinct {@code module} block on the way to an instance, in order, with the instances it leads to. */
    static List<Location> callSites(Finding f, ReportBase base) {
        Map<FindingInstance.Call, List<String>> calls = new LinkedHashMap<>();
        for (FindingInstance i : f.instances()) {
            for (FindingInstance.Call c : i.via()) {
                calls.computeIfAbsent(c, k -> new ArrayList<>()).add(InstanceText.module(i));
            }
        }
        Map<String, ChainStep> chain = chainPlaces(f);
        if (calls.isEmpty() && chain.isEmpty()) {
            return null;
        }
        List<Location> out = new ArrayList<>();
        int id = 1;
        for (Map.Entry<FindingInstance.Call, List<String>> call : calls.entrySet()) {
            FindingInstance.Call c = call.getKey();
            out.add(SarifLocations.inFile(base.path(c.file()), c.line(), c.line())
                    .related(id++, "module block that creates " + InstanceText.list(call.getValue())));
        }
        for (ChainStep step : chain.values()) {
            out.add(SarifLocations.inFile(base.path(step.file()), step.line(), step.line())
                    .related(id++, "the value comes from here: " + step.text()));
        }
        return out;
    }

    /**
     * The places on the value chains of a finding's instances (decision 076), without the resource's own argument
     * (the result's location) and places with no file ({@code --var}); each place once.
     */
    private static Map<String, ChainStep> chainPlaces(Finding f) {
        Map<String, ChainStep> places = new LinkedHashMap<>();
        for (FindingInstance i : f.instances()) {
            if (i.origin() == null) {
                continue;
            }
            for (ChainStep step : i.origin().steps().subList(1, i.origin().steps().size())) {
                if (step.file() != null) {
                    places.putIfAbsent(step.file() + ":" + step.line(), step);
                }
            }
        }
        return places;
    }
}
