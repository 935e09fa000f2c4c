package io.finguard.rules;

import io.finguard.engine.Finding;
import io.finguard.engine.RuleRegistry;
import io.finguard.engine.ScanConfig;
import io.finguard.engine.ScanOptions;
import io.finguard.engine.ScanResult;
import io.finguard.engine.Scanner;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.load.LoadRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example on every built-in rule's docs page is run, so the docs never lie: the {@code hcl} block under
 * {@code ## Example} produces exactly the finding message quoted on the line after it.
 */
class TagAndCapacityDocsExamplesTest {

    private static final Pattern EXAMPLE =
            Pattern.compile("## Example\\s+```hcl\\n(.*?)```\\s+`([^`\\n]+)`", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = {"FG101", "FG201", "FG301", "FG401", "FG501", "FG502"})
    void exampleProducesTheQuotedFinding(String ruleId, @TempDir Path dir) throws IOException {
        RuleRegistry registry = RuleRegistry.load();
        String docs;
        try (InputStream in = getClass().getResourceAsStream(registry.get(ruleId).metadata().docsResource())) {
            docs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = EXAMPLE.matcher(docs);
        assertTrue(m.find(), ruleId + " docs: an hcl example followed by the quoted finding message");
        Files.writeString(dir.resolve("main.tf"), m.group(1));

        ScanResult result = new Scanner(registry, ScanConfig.DEFAULTS).scan(
                new ModelLoader().load(LoadRequest.of(dir, List.of(dir)), null),
                new ScanOptions(Set.of(ruleId), Set.of(), false, false));

        assertEquals(List.of(), result.errors());
        assertEquals(List.of(m.group(2)), result.findings().stream().map(Finding::message).toList());
    }
}
