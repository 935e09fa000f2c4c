package io.finguard.cleanup.deploy;

import io.finguard.cleanup.aws.AwsAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The least-privilege IAM policy of the cleanup function: exactly the actions the job calls
 * ({@link AwsAction#jobActions()}), one statement per service. Resources are {@code *} because the Describe and
 * List actions cannot be scoped, and the resources to change are only known at run time; what limits damage is the
 * two-phase deletion and the keep tag, not the resource ARN.
 */
public final class IamPolicy {

    private IamPolicy() {
    }

    public static Map<String, Object> forJob() {
        return of(AwsAction.jobActions());
    }

    static Map<String, Object> of(Set<AwsAction> actions) {
        Map<String, Set<String>> byService = new TreeMap<>();
        for (AwsAction a : actions) {
            byService.computeIfAbsent(a.service(), s -> new TreeSet<>()).add(a.iamName());
        }
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : byService.entrySet()) {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("Sid", "FinguardCleanup" + Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1));
            st.put("Effect", "Allow");
            st.put("Action", List.copyOf(e.getValue()));
            st.put("Resource", "*");
            statements.add(st);
        }
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Version", "2012-10-17");
        policy.put("Statement", statements);
        return policy;
    }

    /** Every action listed in a policy built by this class. */
    @SuppressWarnings("unchecked")
    public static Set<String> actionsIn(Map<String, Object> policy) {
        Set<String> out = new TreeSet<>();
        for (Map<String, Object> st : (List<Map<String, Object>>) policy.get("Statement")) {
            out.addAll((List<String>) st.get("Action"));
        }
        return out;
    }
}
