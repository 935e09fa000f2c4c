package io.finguard.engine;

import io.finguard.api.FindingDraft;
import io.finguard.api.Fix;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.api.TextEdit;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;
import io.finguard.terraform.origin.ValueChain;
import io.finguard.testrules.EveryBucketRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * One finding per place (decision 075), on {@code engine/places}: a bucket block in a shared module, instantiated
 * by a {@code for_each} call in {@code dev} and a plain call in {@code prod}.
 */
class FindingGroupsTest {

    private static final Path PLACES = Path.of("src/test/resources/engine/places");
    private static final String BUCKET = "aws_s3_bucket.this";

    private final Path tmp;

    FindingGroupsTest(@TempDir Path tmp) {
        this.tmp = tmp;
        copy(PLACES, tmp);
    }

    private ScanResult scan(Rule rule, Path baseline) throws ScanSetupException {
        return new Workspace(tmp, List.of(rule)).scan(ScanRequest.builder().path(tmp).baseline(baseline));
    }

    @Test
    void theInstancesOfOneBlockAreOneFindingWithTheirRootsAndCalls() throws Exception {
        ScanResult r = scan(new EveryBucketRule(), null);
        assertEquals(1, r.findings().size(), r.findings().toString());
        Finding f = r.findings().get(0);
        assertEquals("modules/store/main.tf", f.file());
        assertEquals("module.store." + BUCKET, f.resource(), "the first instance stays in resource");
        assertEquals(List.of(
                        new FindingInstance("module.store." + BUCKET, "prod",
                                List.of(new FindingInstance.Call("prod/main.tf", 1)), null, BUCKET),
                        new FindingInstance("module.store[\"a\"]." + BUCKET, "dev",
                                List.of(new FindingInstance.Call("dev/main.tf", 1)), null, BUCKET),
                        new FindingInstance("module.store[\"b\"]." + BUCKET, "dev",
                                List.of(new FindingInstance.Call("dev/main.tf", 1)), null, BUCKET)),
                f.instances().stream().map(i -> new FindingInstance(i.address(), i.root(), i.via(), null,
                        i.block())).toList());
        assertEquals(3, Set.copyOf(f.instances().stream().map(FindingInstance::fingerprint).toList()).size(),
                "each instance keeps its own fingerprint for baselines");
    }

    @Test
    void aFindingsFingerprintDoesNotDependOnItsInstances() throws Exception {
        String before = scan(new EveryBucketRule(), null).findings().get(0).fingerprint();
        Files.writeString(tmp.resolve("dev/main.tf"), Files.readString(tmp.resolve("dev/main.tf"))
                .replace("[\"a\", \"b\"]", "[\"b\", \"c\", \"d\"]"));
        Files.delete(tmp.resolve("prod/main.tf"));
        Finding after = scan(new EveryBucketRule(), null).findings().get(0);
        assertEquals(3, after.instances().size());
        assertEquals(before, after.fingerprint());
        assertNotEquals(after.instances().get(0).fingerprint(), after.fingerprint());
    }

    @Test
    void instancesWhoseMessagesDifferAreSeparateFindings() throws Exception {
        Files.writeString(tmp.resolve("dev/main.tf"), Files.readString(tmp.resolve("dev/main.tf"))
                .replace("\"acme-${each.key}\"", "\"acme-dev\""));
        ScanResult r = scan(new BucketNameRule(), null);
        assertEquals(List.of("bucket acme-dev: 2 instances", "bucket acme-prod: 1 instances"),
                r.findings().stream().map(f -> f.message() + ": " + f.instances().size() + " instances").sorted()
                        .toList());
        assertEquals(2, Set.copyOf(r.findings().stream().map(Finding::fingerprint).toList()).size());
    }

    /**
     * A baseline as {@code baseline create} wrote it before findings were grouped: one entry per instance, with
     * the fingerprints of decision 053 (SHA-256 of rule, root and address, computed outside finguard).
     */
    @Test
    void aBaselineWrittenBeforeGroupingStillHidesTheSameInstances() throws Exception {
        Path old = tmp.resolve("before-grouping.finguard-baseline.json");
        ScanResult all = scan(new EveryBucketRule(), old);
        assertEquals(List.of(), all.findings());
        assertEquals(3, all.baselined());

        Path devOnly = tmp.resolve("dev-only.json");
        Files.writeString(devOnly, Files.readString(old).lines()
                .filter(l -> !l.contains("module.store.aws_s3_bucket")).reduce("", (a, b) -> a + b + "\n")
                .replace("},\n  ]", "}\n  ]"));
        ScanResult left = scan(new EveryBucketRule(), devOnly);
        assertEquals(2, left.baselined());
        assertEquals(1, left.findings().size());
        assertEquals(List.of("module.store." + BUCKET),
                left.findings().get(0).instances().stream().map(FindingInstance::address).toList());
    }

    @Test
    void aBaselineWrittenNowListsEveryInstanceAndHidesThem() throws Exception {
        ScanResult r = scan(new EveryBucketRule(), null);
        Baseline baseline = Baseline.of(r.findings(), "test", java.time.Instant.EPOCH, ReportBase.of(tmp));
        assertEquals(3, baseline.entries().size());
        Path file = Files.writeString(tmp.resolve("now.json"), BaselineFile.format(baseline));
        assertEquals(Files.readString(tmp.resolve("before-grouping.finguard-baseline.json")).lines()
                        .filter(l -> l.contains("fingerprint")).map(l -> l.replaceAll(".*\"fingerprint\": \"(\\w+)\".*", "$1"))
                        .sorted().toList(),
                baseline.entries().stream().map(Baseline.Entry::fingerprint).sorted().toList(),
                "the same fingerprints as before grouping");
        assertEquals(List.of(), scan(new EveryBucketRule(), file).findings());
    }

    @Test
    void aPlaceKeepsTheFixItsInstancesShareOrMakeApartAndIsLeftAloneWhenTheirEditsClash() {
        SourceFile module = new SourceFile("modules/store/main.tf", "resource \"aws_s3_bucket\" \"this\" {}\n");
        SourceFile dev = new SourceFile("dev/main.tf", "module \"store\" {}\n");
        SourceFile prod = new SourceFile("prod/main.tf", "module \"store\" {}\n");
        Fix shared = Fix.of("tag it", TextEdit.insert(module, 0, "# tagged\n"));
        List<Finding> same = FindingGroups.group(List.of(fixed("a", shared), fixed("b",
                Fix.of("tag it", TextEdit.insert(module, 0, "# tagged\n")))), ReportBase.NONE);
        assertEquals(1, same.size());
        assertEquals(shared, same.get(0).fix(), "equal edits are one fix for the place");

        // each instance's value set where its own caller sets it (decision 076): one fix with every edit
        List<Finding> apart = FindingGroups.group(List.of(
                fixed("a", Fix.of("set it in dev", TextEdit.insert(dev, 16, "x = 1"))),
                fixed("b", Fix.of("set it in prod", TextEdit.insert(prod, 16, "x = 1")))), ReportBase.NONE);
        assertEquals(1, apart.size());
        assertEquals(List.of("dev/main.tf", "prod/main.tf"),
                apart.get(0).fix().edits().stream().map(e -> e.file().name()).toList());
        assertEquals("set it in dev; set it in prod", apart.get(0).fix().description());
        assertEquals(true, apart.get(0).fixable());
        SourceFile test = new SourceFile("test/main.tf", "module \"store\" {}\n");
        assertEquals("set it in dev; set it in prod; and 1 more like them", FindingGroups.group(List.of(
                fixed("a", Fix.of("set it in dev", TextEdit.insert(dev, 16, "x = 1"))),
                fixed("b", Fix.of("set it in prod", TextEdit.insert(prod, 16, "x = 1"))),
                fixed("c", Fix.of("set it in test", TextEdit.insert(test, 16, "x = 1")))), ReportBase.NONE)
                .get(0).fix().description(), "a long list of callers is cut");

        List<Finding> differ = FindingGroups.group(List.of(
                fixed("a", Fix.of("set it to 1", TextEdit.insert(module, 0, "x = 1\n"))),
                fixed("b", Fix.of("set it to 2", TextEdit.insert(module, 0, "x = 2\n")))), ReportBase.NONE);
        assertEquals(1, differ.size());
        assertEquals(null, differ.get(0).fix());
        assertEquals(false, differ.get(0).fixable());
        assertEquals(FindingGroups.FIXES_DIFFER, differ.get(0).notFixableReason());
    }

    /** An instance finding of the module's bucket, as the scanner makes it, with a fix. */
    private static Finding fixed(String key, Fix fix) {
        String address = "module.store[\"" + key + "\"]." + BUCKET;
        return new Finding("FG901", "every-bucket", Severity.HIGH, address, "aws_s3_bucket", "modules/store/main.tf",
                1, 1, "bucket this found", true, key, null, fix, null,
                List.of(new FindingInstance(address, "dev", List.of(), key, BUCKET)));
    }

    /** Reports every bucket with its name, so that instances with different names have different messages. */
    /**
     * Decision 076: a message that names where the value comes from names the caller when all instances share it,
     * the chain within the module when they share that, else only the argument and its value; one finding always.
     */
    @Test
    void aChainInTheMessageNamesWhatAllItsInstancesShare() throws Exception {
        Files.writeString(tmp.resolve("dev/main.tf"), Files.readString(tmp.resolve("dev/main.tf"))
                .replace("\"acme-${each.key}\"", "\"acme\""));
        Files.writeString(tmp.resolve("prod/main.tf"), Files.readString(tmp.resolve("prod/main.tf"))
                .replace("\"acme-prod\"", "\"acme\""));
        assertEquals(List.of("bucket = var.name, which is \"acme\": set by the module block that calls it: 3"),
                messages(scan(new BucketOriginRule(), null)));

        Path prod = tmp.resolve("prod/main.tf");
        String prodText = Files.readString(prod);
        Files.delete(prod);
        assertEquals(List.of("bucket = var.name, which is \"acme\": set by module \"store\" (dev/main.tf:4): 2"),
                messages(scan(new BucketOriginRule(), null)));

        Files.writeString(prod, prodText.replace("  name   = \"acme\"\n", ""));
        Files.writeString(tmp.resolve("modules/store/main.tf"), Files.readString(tmp.resolve("modules/store/main.tf"))
                .replace("type = string", "type    = string\n  default = \"acme\""));
        ScanResult apart = scan(new BucketOriginRule(), null);
        assertEquals(List.of("bucket = var.name, which is \"acme\": set in different places for its instances: 3"),
                messages(apart));
        assertEquals(List.of("argument", "argument", "default"), apart.findings().get(0).instances().stream()
                .map(i -> i.origin().source().kind().name().toLowerCase(java.util.Locale.ROOT)).sorted().toList(),
                "each instance keeps its own chain");
    }

    private static List<String> messages(ScanResult r) {
        return r.findings().stream().map(f -> f.message() + ": " + f.instances().size()).toList();
    }

    /** Reports every bucket with where its name comes from. */
    private static final class BucketOriginRule implements Rule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("FG903", "bucket-origin", Severity.LOW, "Reports where bucket names come from.",
                    Set.of("aws_s3_bucket"), List.of(), null, null);
        }

        @Override
        public void check(RuleContext context) {
            for (Resource r : context.resources("aws_s3_bucket")) {
                ValueChain chain = context.origin(r, "bucket");
                context.report(FindingDraft.of(r, context.locate(r, "bucket"), chain.describe()).withOrigin(chain));
            }
        }
    }

    private static final class BucketNameRule implements Rule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("FG903", "bucket-name", Severity.LOW, "Reports every bucket's name.",
                    Set.of("aws_s3_bucket"), List.of(), null, null);
        }

        @Override
        public void check(RuleContext context) {
            for (Resource r : context.resources("aws_s3_bucket")) {
                Value name = r.get("bucket");
                context.report(r, "bucket " + (name instanceof Value.Str s ? s.value() : "unknown name"), "bucket");
            }
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
