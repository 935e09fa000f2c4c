package io.finguard.cli;

import io.finguard.api.Rule;
import io.finguard.api.RuleMetadata;
import io.finguard.cli.spi.ExitCode;
import io.finguard.engine.ConfigException;
import io.finguard.engine.RuleRegistry;
import io.finguard.engine.RuleSettings;
import io.finguard.engine.ScanConfig;
import io.finguard.engine.ScanService;
import io.finguard.engine.Scanner;
import io.finguard.report.RuleDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code finguard rules show ID}: the rule's docs page, then the parameters a scan from here would use, so that a
 * user sees both what the rule wants and how this repository's {@code finguard.yml} tunes it.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a rule's docs and its effective parameters (defaults merged with finguard.yml).")
final class RulesShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The rule ID, e.g. FG101.")
    String id;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A finguard.yml. Default: finguard.yml here or in a parent directory up to the git root.")
    Path config;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ScanService service = new ScanService(RuleRegistry.load(), Clock.systemDefaultZone());
        ScanConfig scanConfig;
        try {
            scanConfig = service.config(config, List.of(), Path.of(""));
        } catch (ConfigException e) {
            err.println("finguard: " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        // the config's custom rules can be shown like installed ones
        RuleRegistry registry = service.rules(scanConfig);
        Rule rule = registry.get(id.toUpperCase(Locale.ROOT));
        if (rule == null) {
            List<String> known = registry.all().stream().map(r -> r.metadata().id()).toList();
            err.println("finguard: no rule " + id + (known.isEmpty() ? " (no rules are installed)"
                    : " (known: " + String.join(", ", known) + ")"));
            return ExitCode.USAGE.code;
        }
        RuleMetadata meta = rule.metadata();
        String docs = new RuleDocs(rule.getClass().getClassLoader()).markdown(meta).orElseGet(() -> {
            if (meta.docsResource() != null) {
                // a custom rule names no page: its summary is all there is, which is not a problem to report
                err.println("finguard: " + meta.id() + " has no docs page (" + meta.docsResource() + ")");
            }
            return "# " + meta.id() + " " + meta.name() + "\n\n" + meta.summary() + "\n";
        });
        out.print(docs.endsWith("\n") ? docs : docs + "\n");
        out.println();
        out.println("## Effective parameters (" + (scanConfig.source() == null ? "built-in defaults"
                : "from " + scanConfig.source()) + ")");
        out.println();
        ParameterYaml yaml = new ParameterYaml();
        RuleSettings settings = scanConfig.rule(meta.id());
        out.println(yaml.line("enabled", !Boolean.FALSE.equals(settings.enabled())));
        out.println(yaml.line("severity", (settings.severity() != null ? settings.severity()
                : meta.defaultSeverity()).id()));
        for (Map.Entry<String, Object> p : new Scanner(registry, scanConfig).parameterValues(meta.id()).entrySet()) {
            out.println(yaml.line(p.getKey(), p.getValue()));
        }
        return ExitCode.OK.code;
    }
}
