package io.finguard.report;

import io.finguard.api.Severity;
import io.finguard.engine.Finding;
import io.finguard.engine.ReportBase;
import io.finguard.engine.ScanResult;
import io.finguard.engine.UnusedSuppression;
import io.finguard.terraform.LoadError;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code finguard scan --format github}: GitHub Actions workflow commands, one per finding, which the runner turns
 * into annotations on the pull request's diff:
 * {@code ::error file=infra/main.tf,line=7,endLine=9,title=FG101 mandatory-tags::aws_s3_bucket.logs: Missing …}.
 * Critical and high findings are {@code error}, medium {@code warning}, low {@code notice}; files that could not be
 * loaded (and other errors) are {@code error} commands without a title. Suppressed findings are not announced;
 * suppression comments that matched nothing are {@code warning} commands titled {@code unused suppression}
 * ({@code error} under {@code --strict}).
 * <p>
 * GitHub resolves {@code file} against the repository root, so paths are relative to the git top-level directory
 * that encloses the scan root ({@code infra/main.tf} for a scan of {@code infra/}), as in every report
 * ({@link ReportContext#base}); outside a repository they are relative to the scan root. Values are escaped as the runner requires: in the message
 * {@code %}, CR and LF; in properties also {@code :} and {@code ,}.
 */
public final class GithubReport implements ScanReport {

    @Override
    public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
        ReportBase paths = context.base();
        for (Finding f : result.findings()) {
            Map<String, String> properties = location(paths, f.file(), f.line());
            if (properties.containsKey("line")) {
                properties.put("endLine", Integer.toString(Math.max(f.line(), f.endLine())));
            }
            properties.put("title", f.ruleId() + " " + f.rule());
            // one annotation per place: its other instances on a second line (decision 075)
            String instances = InstanceText.line(f, paths);
            String manual = ManualText.line(f);
            out.write(command(level(f.severity()), properties, f.resource() + ": " + f.message()
                    + (instances == null ? "" : "\n" + instances) + (manual == null ? "" : "\n" + manual)));
        }
        for (LoadError e : result.errors()) {
            out.write(command("error", location(paths, e.file(), e.line()), e.message()));
        }
        for (UnusedSuppression u : result.unusedSuppressions()) {
            Map<String, String> properties = location(paths, u.file(), u.line());
            properties.put("title", "unused suppression");
            out.write(command(u.fails() ? "error" : "warning", properties, u.message()));
        }
        out.flush();
    }

    /** A finding's level: the three annotation levels GitHub has, most severe first. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "notice";
        };
    }

    /** {@code file} and {@code line}, each only when known. */
    private static Map<String, String> location(ReportBase paths, String file, int line) {
        Map<String, String> properties = new LinkedHashMap<>();
        String path = paths.path(file);
        if (path != null) {
            properties.put("file", path);
            if (line > 0) {
                properties.put("line", Integer.toString(line));
            }
        }
        return properties;
    }

    /** One workflow command line: {@code ::level key=value,key=value::message}. */
    static String command(String level, Map<String, String> properties, String message) {
        StringBuilder out = new StringBuilder("::").append(level);
        String separator = " ";
        for (Map.Entry<String, String> p : properties.entrySet()) {
            out.append(separator).append(p.getKey()).append('=').append(escapeProperty(p.getValue()));
            separator = ",";
        }
        return out.append("::").append(escapeData(message == null ? "" : message)).append('\n').toString();
    }

    /**
     * The runner's escaping of a command's message: {@code %}, CR and LF. Other control characters are shown as
     * escapes first: the Actions log interprets ANSI sequences, and a scanned file must not restyle it.
     */
    static String escapeData(String value) {
        return TerminalText.cleanKeepingLineBreaks(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The runner's escaping of a property value: the message's, and {@code :} and {@code ,} too. */
    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
