package io.finguard.rules;

import io.finguard.engine.Finding;
import io.finguard.engine.RuleRegistry;
import io.finguard.engine.ScanConfig;
import io.finguard.engine.ScanOptions;
import io.finguard.engine.ScanResult;
import io.finguard.engine.Scanner;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.load.LoadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixes on the bundled demo, a project written the way teams write Terraform: FG501's two log groups are fixed
 * in place, FG502 appends the registry hook's log group, FG401 appends the training data bucket's lifecycle
 * configuration and adds a noncurrent-version rule to the artifacts bucket's; FG201's bounds above their caps all
 * come from {@code terraform.tfvars} through variables and module arguments, so they are fixed there, where the
 * value is set (decision 076), and nothing else changes. With every rule enabled the fixes settle, and what they
 * write is as verifiable as what was there.
 */
class DemoFixesTest {

    static final Path DEMO = Path.of("../fixtures/demo").toAbsolutePath().normalize();
    private static final Set<String> RULES = Set.of("FG201", "FG401", "FG501", "FG502");
    private static final String LOGGING = "modules/logging/main.tf";
    private static final String LAMBDA = "modules/lambda/main.tf";
    private static final String STORAGE = "modules/storage/main.tf";
    private static final String TFVARS = "terraform.tfvars";

    @Test
    void fixesLeaveNoFixableFindingAndChangeOnlyWhatTheFindingsName(@TempDir Path work) throws Exception {
        Map<String, String> before = copy(DEMO, work);
        ScanResult last = CaseFixes.fixUntilSettled(work, scan(work, RULES), dir -> scan(dir, RULES));

        assertEquals(List.of(), last.findings().stream().filter(f -> f.fix() != null).map(Finding::resource)
                .toList(), "findings that still carry a fix");
        for (Finding f : last.findings()) {
            assertTrue(f.ruleId().equals("FG201") && f.notFixableReason() != null,
                    f.resource() + " is left with a reason: " + f.notFixableReason());
        }
        Map<String, String> after = read(work);
        String logging = before.get(LOGGING)
                .replace("""
                          name       = "${local.log_prefix}/training-jobs"
                          kms_key_id = var.kms_key_arn

                          tags = { Service = "training" }
                        """, """
                          name       = "${local.log_prefix}/training-jobs"
                          kms_key_id = var.kms_key_arn

                          tags              = { Service = "training" }
                          retention_in_days = 30
                        """)
                .replace("retention_in_days = 45", "retention_in_days = 30");
        before.put(LOGGING, logging);
        // the GPU node group, the general node group and the batch-inference group: each bound where it is set
        before.put(TFVARS, before.get(TFVARS).replace("  max_size       = 30\n", "  max_size       = 20\n")
                .replace("  max_size       = 16\n", "  max_size       = 8\n")
                .replace("  max_size       = 10\n", "  max_size       = 8\n"));
        before.put(LAMBDA, before.get(LAMBDA).replace("""
                  tags = merge(var.tags, { Function = "registry-hook" })
                }
                """, """
                  tags = merge(var.tags, { Function = "registry-hook" })
                }

                resource "aws_cloudwatch_log_group" "registry_hook" {
                  name              = "/aws/lambda/${aws_lambda_function.registry_hook.function_name}"
                  retention_in_days = 30
                  tags              = merge(var.tags, { Function = "registry-hook" })
                }
                """));
        before.put(STORAGE, before.get(STORAGE).replace("""
                    Classification = "internal"
                  })
                }
                """, """
                    Classification = "internal"
                  })
                }

                resource "aws_s3_bucket_lifecycle_configuration" "data" {
                  bucket = aws_s3_bucket.data.id
                  rule {
                    id     = "finguard-lifecycle"
                    status = "Enabled"
                    filter {}
                    transition {
                      days          = 30
                      storage_class = "STANDARD_IA"
                    }
                    transition {
                      days          = 90
                      storage_class = "GLACIER"
                    }
                    transition {
                      days          = 365
                      storage_class = "DEEP_ARCHIVE"
                    }
                    noncurrent_version_expiration {
                      noncurrent_days = 90
                    }
                    abort_incomplete_multipart_upload {
                      days_after_initiation = 7
                    }
                  }
                }
                """).replace("""
                    abort_incomplete_multipart_upload {
                      days_after_initiation = 7
                    }
                  }

                  depends_on = [aws_s3_bucket_versioning.artifacts]
                """, """
                    abort_incomplete_multipart_upload {
                      days_after_initiation = 7
                    }
                  }

                  rule {
                    id     = "finguard-lifecycle"
                    status = "Enabled"
                    filter {}
                    noncurrent_version_expiration {
                      noncurrent_days = 90
                    }
                  }

                  depends_on = [aws_s3_bucket_versioning.artifacts]
                """));
        assertEquals(before, after);
    }

    /**
     * All rules at once, as {@code finguard fix} runs them: the passes settle with no fixable finding left, and the
     * new blocks add nothing unverified (the log group repeats the function's tags rather than referring to them,
     * which a scan could not read).
     */
    @Test
    void everyRuleTogetherSettlesAndStaysVerifiable(@TempDir Path work) throws Exception {
        copy(DEMO, work);
        ScanResult first = scan(work, Set.of());
        ScanResult last = CaseFixes.fixUntilSettled(work, first, dir -> scan(dir, Set.of()));
        assertEquals(List.of(), last.findings().stream().filter(f -> f.fix() != null).map(Finding::resource)
                .toList(), "findings that still carry a fix");
        assertEquals(first.unverified(), last.unverified(), "unverified resources before and after the fixes");
        assertTrue(first.findings().stream().anyMatch(f -> f.ruleId().equals("FG502") && f.fix() != null)
                && first.findings().stream().anyMatch(f -> f.ruleId().equals("FG401") && f.fix() != null),
                "the demo has FG401 and FG502 fixes to make");
    }

    @Test
    void boundsSetThroughVariablesNameWhereTheyAreSetAndAreFixedThere() throws Exception {
        int aboveCap = 0;
        for (Finding f : scan(DEMO, RULES).findings()) {
            if (f.ruleId().equals("FG201") && f.message().contains("cap of")) {
                aboveCap++;
                assertTrue(f.message().contains("terraform.tfvars:"), f.message());
                assertEquals(List.of(TFVARS), f.fix().edits().stream().map(e -> e.file().name()).distinct()
                        .toList(), f.fix().description());
            }
        }
        assertEquals(3, aboveCap, "the demo's bounds above their cap");
    }

    /** Scans with these rules only, or every rule when none is given. */
    private static ScanResult scan(Path dir, Set<String> rules) {
        return new Scanner(RuleRegistry.load(), ScanConfig.DEFAULTS).scan(
                new ModelLoader().load(LoadRequest.of(dir, List.of(dir)), null),
                new ScanOptions(rules, Set.of(), false, false));
    }

    static Map<String, String> copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        return read(to);
    }

    static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".tf") || f.toString().endsWith(".tfvars")).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
