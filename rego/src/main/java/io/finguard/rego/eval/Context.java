package io.finguard.rego.eval;

import io.finguard.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation reads besides the policy: {@code input}, the base documents, the functions replaced by
 * {@code with}, and the rule values computed so far. A {@code with} modifier evaluates in a copy, so the cache of
 * rule values never mixes values computed under different inputs.
 */
final class Context {
    final Value input;
    final Value data;
    /** Paths below {@code data} replaced by {@code with}: rules at or below them are hidden. */
    final List<List<String>> masked;
    /** Function name to the function (a name) or value replacing it. */
    final Map<String, Object> mocks;
    final Map<RuleNode, Value> cache = new HashMap<>();

    Context(Value input, Value data, List<List<String>> masked, Map<String, Object> mocks) {
        this.input = input;
        this.data = data;
        this.masked = masked;
        this.mocks = mocks;
    }

    boolean isMasked(List<String> path) {
        for (List<String> m : masked) {
            if (path.size() >= m.size() && path.subList(0, m.size()).equals(m)) {
                return true;
            }
        }
        return false;
    }

    Context withInput(Value newInput) {
        return new Context(newInput, data, masked, mocks);
    }

    Context withData(Value newData, List<String> path) {
        List<List<String>> m = new ArrayList<>(masked);
        m.add(path);
        return new Context(input, newData, m, mocks);
    }

    /** Replacement functions run with the original functions: a mock never calls another mock. */
    Context withoutMocks() {
        return new Context(input, data, masked, Map.of());
    }

    Context withMock(String name, Object mock) {
        Map<String, Object> m = new HashMap<>(mocks);
        m.put(name, mock);
        return new Context(input, data, masked, m);
    }
}
