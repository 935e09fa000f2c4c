package io.finguard.engine;

import io.finguard.api.TextEdit;
import io.finguard.terraform.Resource;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Declines a fix that would edit text shared with an instance that does not need that very edit. Rules run per
 * root module, so a rule sees the other instances of a block only within one root; a module that several roots
 * call (each example of a module repository) is checked here, where every root's findings meet: for each fix,
 * every module instance that evaluates the text it edits ({@link EditScopes}) must hold a finding of the same rule
 * carrying the same edits. Otherwise every finding carrying that fix is left without it, with a reason naming the
 * instance and its root (docs/decisions/077-shared-edits-across-roots.md).
 * <p>
 * Generic over the edits, not the rules: a fix that edits a {@code module} block, a variable's default or a
 * {@code .tfvars} file is held to the same test as one that edits a resource block.
 */
final class SharedEdits {

    /** A finding with the resource the rule reported it on: a new block's anchor decides its scope. */
    record Reported(Finding finding, Resource resource) {
    }

    /** A resource a rule could not check, in its root, and why. */
    record Unverified(String ruleId, String root, String address, String reason) {
    }

    /** Findings of one rule with the same edits are one fix (written once), so they are judged together. */
    private record FixKey(String ruleId, Set<TextEdit> edits) {
        // written out, as in BlockAt: a record's generated ones link through method handles at first call
        @Override
        public boolean equals(Object o) {
            return o instanceof FixKey k && Objects.equals(ruleId, k.ruleId) && Objects.equals(edits, k.edits);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(ruleId) + Objects.hashCode(edits);
        }
    }

    private SharedEdits() {
    }

    /** The findings, in the same order, those whose fix would change an instance that does not want it declined. */
    static List<Finding> check(List<Reported> reported, EditScopes scopes, List<Unverified> unverified) {
        Map<FixKey, List<Reported>> byFix = new LinkedHashMap<>();
        for (Reported r : reported) {
            if (r.finding().fix() != null) {
                byFix.computeIfAbsent(new FixKey(r.finding().ruleId(), Set.copyOf(r.finding().fix().edits())),
                        k -> new ArrayList<>()).add(r);
            }
        }
        // by identity: equal findings of two instances are still two findings
        Map<Finding, String> declined = new IdentityHashMap<>();
        for (List<Reported> sharing : byFix.values()) {
            String reason = uncovered(sharing, scopes, reported, unverified);
            if (reason != null) {
                sharing.forEach(r -> declined.put(r.finding(), reason));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Reported r : reported) {
            String reason = declined.get(r.finding());
            out.add(reason == null ? r.finding() : r.finding().withoutFix(reason));
        }
        return out;
    }

    /** Why the fix these findings share cannot be made, or null when every instance it changes wants it. */
    private static String uncovered(List<Reported> sharing, EditScopes scopes, List<Reported> reported,
                                    List<Unverified> unverified) {
        Reported first = sharing.get(0);
        for (TextEdit edit : first.finding().fix().edits()) {
            for (Map.Entry<EditScopes.Instance, String> e : scopes.of(edit, first.resource()).entrySet()) {
                EditScopes.Instance instance = e.getKey();
                if (sharing.stream().noneMatch(r -> inside(r.finding(), instance))) {
                    return reason(first.finding().ruleId(), edit.file().name(), instance, e.getValue(), reported,
                            unverified);
                }
            }
        }
        return null;
    }

    private static boolean inside(Finding f, EditScopes.Instance instance) {
        FindingInstance i = f.instances().get(0);
        return Objects.equals(i.root() == null ? "" : i.root(), instance.root())
                && ModuleAddresses.within(i.address(), instance.module());
    }

    /** What the instance the fix would also change needs instead, in words a user can act on. */
    private static String reason(String ruleId, String file, EditScopes.Instance instance, String subject,
                                 List<Reported> reported, List<Unverified> unverified) {
        String state = "passes " + ruleId + " as it is";
        Finding other = reported.stream().map(Reported::finding)
                .filter(f -> f.ruleId().equals(ruleId) && inside(f, instance)).findFirst().orElse(null);
        if (other != null) {
            state = other.fix() != null ? "needs another edit"
                    : "is not fixed automatically" + (other.notFixableReason() == null ? ""
                    : " (" + other.notFixableReason() + ")");
        } else {
            for (Unverified u : unverified) {
                if (u.ruleId().equals(ruleId) && u.root().equals(instance.root())
                        && ModuleAddresses.within(u.address(), instance.module())) {
                    state = "could not be checked (" + u.reason() + ")";
                    break;
                }
            }
        }
        return subject + " in " + (instance.root().isEmpty() ? "." : instance.root()) + " " + state
                + ", and one edit of the shared " + file + " would change it too; make the change per instance "
                + "(a module variable) instead";
    }
}
