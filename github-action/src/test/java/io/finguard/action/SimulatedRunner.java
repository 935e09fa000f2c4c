package io.finguard.action;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the steps of {@code action.yml} the way the GitHub runner runs a composite action, as far as this action
 * needs: {@code ${{ }}} expressions over {@code inputs}, {@code github}, {@code runner} and {@code steps} are
 * replaced in {@code run}, {@code env}, {@code with} and {@code if}; a {@code run} step is written to a file and run
 * with {@code bash --noprofile --norc -eo pipefail} in the workspace, with a fresh {@code GITHUB_OUTPUT} and
 * {@code GITHUB_STEP_SUMMARY} file each (outputs are read back as the runner reads them, summaries joined); a
 * {@code uses} step is not run: its {@code with} is resolved for the test to check. After a failed step only steps
 * whose {@code if} names a status function other than {@code success()} run. An expression this simulation does not
 * know fails the test, so that the action stays within what is checked here.
 */
final class SimulatedRunner {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
    private static final Pattern COMPARISON = Pattern.compile("(\\S+)\\s*(==|!=)\\s*'([^']*)'");

    /** A step of the action, as written. */
    record Step(String id, String name, String uses, String run, String shell, String condition,
                Map<String, String> env, Map<String, String> with) {
    }

    /**
     * What one step did: whether its {@code if} let it run, and for a run step its exit status, stdout, stderr and
     * outputs; for a uses step its {@code with} as the runner would pass it.
     */
    record StepResult(Step step, boolean ran, int exit, String stdout, String stderr, Map<String, String> outputs,
                      Map<String, String> with) {
    }

    /** The whole run: every step, whether the action failed, its outputs and the job summary it wrote. */
    record Outcome(List<StepResult> steps, boolean failed, Map<String, String> outputs, String summary) {

        StepResult step(String name) {
            return steps.stream().filter(s -> name.equals(s.step().name())).findFirst()
                    .orElseThrow(() -> new AssertionError("no step named " + name));
        }
    }

    /** A pull request or push event: its name and its payload file. */
    record Event(String name, Path payload) {
    }

    private final Path actionDirectory;
    private final Map<String, Object> action;

    SimulatedRunner(Path actionDirectory) throws IOException {
        this.actionDirectory = actionDirectory.toAbsolutePath().normalize();
        try (Reader in = Files.newBufferedReader(this.actionDirectory.resolve("action.yml"))) {
            this.action = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    /** The action's steps, in order. */
    List<Step> steps() {
        List<Step> out = new ArrayList<>();
        for (Map<String, Object> s : maps(map(action.get("runs")).get("steps"))) {
            out.add(new Step(string(s.get("id")), string(s.get("name")), string(s.get("uses")), string(s.get("run")),
                    string(s.get("shell")), string(s.get("if")), strings(s.get("env")), strings(s.get("with"))));
        }
        return out;
    }

    /** The declared inputs with their defaults. */
    Map<String, String> inputDefaults() {
        Map<String, String> out = new LinkedHashMap<>();
        map(action.get("inputs")).forEach((name, spec) -> out.put(name, string(map(spec).get("default"))));
        return out;
    }

    /**
     * Runs the action in {@code workspace} for {@code event}, with {@code with} as the workflow's {@code with:}.
     *
     * @param temp the runner's temporary directory ({@code RUNNER_TEMP}); the step files go there too
     */
    Outcome run(Path workspace, Event event, Map<String, String> with, Path temp)
            throws IOException, InterruptedException {
        Map<String, String> inputs = inputDefaults();
        for (Map.Entry<String, String> e : with.entrySet()) {
            if (!inputs.containsKey(e.getKey())) {
                throw new AssertionError("action.yml declares no input " + e.getKey());
            }
            inputs.put(e.getKey(), e.getValue());
        }
        Context context = new Context(inputs, event.name(), new LinkedHashMap<>());
        List<StepResult> results = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        boolean failed = false;
        int index = 0;
        for (Step step : steps()) {
            index++;
            if (!condition(step.condition(), context, failed)) {
                results.add(new StepResult(step, false, 0, "", "", Map.of(), Map.of()));
                continue;
            }
            if (step.uses() != null) {
                Map<String, String> resolved = new LinkedHashMap<>();
                step.with().forEach((k, v) -> resolved.put(k, substitute(v, context)));
                results.add(new StepResult(step, true, 0, "", "", Map.of(), resolved));
                continue;
            }
            StepResult result = runStep(step, index, context, workspace, event, temp);
            results.add(result);
            summary.append(Files.readString(temp.resolve("summary-" + index)));
            if (step.id() != null) {
                context.steps().put(step.id(), result.outputs());
            }
            failed |= result.exit() != 0;
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        map(action.get("outputs")).forEach((name, spec) -> outputs.put(name,
                substitute(string(map(spec).get("value")), context)));
        return new Outcome(results, failed, outputs, summary.toString());
    }

    private StepResult runStep(Step step, int index, Context context, Path workspace, Event event, Path temp)
            throws IOException, InterruptedException {
        if (!"bash".equals(step.shell())) {
            throw new AssertionError("step " + step.name() + ": only shell: bash is simulated");
        }
        Path script = Files.writeString(temp.resolve("step-" + index + ".sh"), substitute(step.run(), context));
        Path output = Files.writeString(temp.resolve("output-" + index), "");
        Path summary = Files.writeString(temp.resolve("summary-" + index), "");
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail",
                script.toString()).directory(workspace.toFile());
        Map<String, String> env = builder.environment();
        // nothing of a real runner (these tests may themselves run in GitHub Actions) may leak into the simulation
        env.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("RUNNER_") || k.startsWith("INPUT_"));
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_EVENT_NAME", event.name());
        env.put("GITHUB_EVENT_PATH", event.payload().toString());
        env.put("GITHUB_ACTION_PATH", actionDirectory.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("RUNNER_TEMP", temp.toString());
        env.put("RUNNER_OS", "Linux");
        step.env().forEach((k, v) -> env.put(k, substitute(v, context)));
        Path stdout = temp.resolve("stdout-" + index);
        Path stderr = temp.resolve("stderr-" + index);
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("step " + step.name() + " did not finish in 5 minutes");
        }
        return new StepResult(step, true, process.exitValue(), Files.readString(stdout), Files.readString(stderr),
                outputs(Files.readString(output)), Map.of());
    }

    /** {@code name=value} lines and {@code name<<DELIMITER} blocks, as the runner reads a GITHUB_OUTPUT file. */
    static Map<String, String> outputs(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = file.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            int heredoc = line.indexOf("<<");
            if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
                String delimiter = line.substring(heredoc + 2);
                List<String> value = new ArrayList<>();
                for (i++; !lines.get(i).equals(delimiter); i++) {
                    value.add(lines.get(i));
                }
                out.put(line.substring(0, heredoc), String.join("\n", value));
            } else if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            } else if (!line.isBlank()) {
                throw new AssertionError("not a GITHUB_OUTPUT line: " + line);
            }
        }
        return out;
    }

    private record Context(Map<String, String> inputs, String eventName, Map<String, Map<String, String>> steps) {
    }

    private String substitute(String text, Context context) {
        if (text == null) {
            return null;
        }
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), context)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String reference, Context context) {
        String[] parts = reference.split("\\.");
        if (parts.length == 2 && parts[0].equals("inputs") && context.inputs().containsKey(parts[1])) {
            return context.inputs().get(parts[1]);
        }
        if (reference.equals("github.action_path")) {
            return actionDirectory.toString();
        }
        if (reference.equals("github.event_name")) {
            return context.eventName();
        }
        if (reference.equals("runner.os")) {
            return "Linux";
        }
        if (parts.length == 4 && parts[0].equals("steps") && parts[2].equals("outputs")) {
            return context.steps().getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
        }
        throw new AssertionError("expression not simulated: " + reference);
    }

    /**
     * An {@code if:}: terms joined by {@code &&}, each a status function, a comparison with a quoted string, or a
     * reference (true when not empty). Without a status function, {@code success()} is implied, as on GitHub.
     */
    private boolean condition(String expression, Context context, boolean failed) {
        if (expression == null) {
            return !failed;
        }
        String body = expression.strip();
        Matcher wrapped = EXPRESSION.matcher(body);
        if (wrapped.matches()) {
            body = wrapped.group(1);
        }
        boolean statusChecked = false;
        boolean result = true;
        for (String term : body.split("&&")) {
            String t = term.strip();
            switch (t) {
                case "success()" -> {
                    statusChecked = true;
                    result &= !failed;
                }
                case "failure()" -> {
                    statusChecked = true;
                    result &= failed;
                }
                case "always()", "!cancelled()" -> statusChecked = true;
                default -> {
                    Matcher c = COMPARISON.matcher(t);
                    if (c.matches()) {
                        boolean equal = value(c.group(1), context).equals(c.group(3));
                        result &= c.group(2).equals("==") == equal;
                    } else {
                        result &= !value(t, context).isEmpty();
                    }
                }
            }
        }
        return result && (statusChecked || !failed);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static Map<String, String> strings(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        map(o).forEach((k, v) -> out.put(k, string(v)));
        return out;
    }

    private static String string(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
