package io.finguard.cleanup.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Records every AWS call the fakes receive, by IAM action name, so tests can compare with the IAM policy. */
public final class CallLog {

    private final List<String> calls = new ArrayList<>();

    void record(String iamAction) {
        calls.add(iamAction);
    }

    public Set<String> actions() {
        return new TreeSet<>(calls);
    }

    public long count(String iamAction) {
        return calls.stream().filter(iamAction::equals).count();
    }

    /** Calls that change something: anything but Describe*, List* and Get*. */
    public List<String> mutations() {
        return calls.stream().filter(c -> {
            String op = c.substring(c.indexOf(':') + 1);
            return !op.startsWith("Describe") && !op.startsWith("List") && !op.startsWith("Get");
        }).toList();
    }

    public void clear() {
        calls.clear();
    }
}
