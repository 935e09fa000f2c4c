package io.finguard.cleanup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.cleanup.deploy.Deployer;
import io.finguard.cleanup.deploy.IamPolicy;
import io.finguard.cleanup.deploy.ScheduledJobDeployment;
import io.finguard.cleanup.ebs.DeletionMark;
import io.finguard.cleanup.fakes.FakeScheduler;
import io.finguard.cleanup.fakes.World;
import io.finguard.cleanup.model.JobSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands in-process, as the finguard CLI runs them, with the job running on fakes. */
class CleanupCommandTest {

    private final World w = new World();
    private final AtomicReference<JobSettings> lastSettings = new AtomicReference<>();
    private final FakeScheduler scheduler = new FakeScheduler(w.calls);
    private final Deployer deployer = s -> new ScheduledJobDeployment(w.lambda, scheduler, w.clock, w.clock.sleeper())
            .deploy(s, s.codeJar() == null ? null : read(s.codeJar()));
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int run(String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == ScanCommand.class) {
                    return cls.cast(new ScanCommand(() -> settings -> {
                        lastSettings.set(settings);
                        return w.run(settings);
                    }));
                }
                if (cls == RunCommand.class) {
                    return cls.cast(new RunCommand(() -> settings -> {
                        lastSettings.set(settings);
                        return w.run(settings);
                    }));
                }
                if (cls == ScheduleCommand.class) {
                    return cls.cast(new ScheduleCommand(() -> deployer));
                }
                return defaults.create(cls);
            }
        };
        CommandLine cl = new CommandLine(new CleanupCommand(), factory);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    private void someResources() {
        w.ec2.volume("vol-1", "available", 100, "gp3", w.daysAgo(30), Map.of())
                .volume("vol-2", "available", 10, "gp2", w.daysAgo(30),
                        Map.of(DeletionMark.TAG_KEY, DeletionMark.format(w.daysAgo(10))));
        w.logs.group("/dev/api", w.daysAgo(30), null, 10, Map.of(), w.daysAgo(0));
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void scanPrintsTheJsonReport() throws Exception {
        someResources();

        assertEquals(0, run("scan", "--region", "eu-west-1", "--format", "json"));

        JsonNode r = json();
        assertEquals(List.of("schemaVersion", "dryRun", "actions", "summary"), fieldNames(r));
        assertEquals(1, r.get("schemaVersion").asInt());
        assertTrue(r.get("dryRun").asBoolean());
        assertEquals(3, r.get("actions").size());
        JsonNode a = r.get("actions").get(0);
        assertEquals(List.of("resourceType", "id", "region", "action", "reason", "estimatedMonthlySavingsUsd", "status",
                "error"), fieldNames(a));
        assertEquals("ebs-volume", a.get("resourceType").asText());
        assertEquals("vol-1", a.get("id").asText());
        assertEquals("eu-west-1", a.get("region").asText());
        assertEquals("mark", a.get("action").asText());
        assertEquals(8.8, a.get("estimatedMonthlySavingsUsd").asDouble());
        assertEquals("planned", a.get("status").asText());
        assertTrue(a.get("error").isNull());
        assertEquals("delete", r.get("actions").get(1).get("action").asText());
        assertEquals("log-group", r.get("actions").get(2).get("resourceType").asText());
        assertEquals("set-retention", r.get("actions").get(2).get("action").asText());
        assertEquals(3, r.get("summary").get("planned").asInt());
        assertEquals(List.of(), w.calls.mutations());
        assertEquals("", err.toString());
    }

    @Test
    void optionsReachTheJob() {
        assertEquals(0, run("run", "--region", "eu-west-1", "--region", "us-east-1", "--min-age", "12h",
                "--keep-tag", "keep-me", "--grace", "P3D", "--snapshot-before-delete", "--apply",
                "--endpoint-url", "http://localhost:4566", "--profile", "dev"));

        JobSettings s = lastSettings.get();
        assertEquals(List.of("eu-west-1", "us-east-1"), s.regions());
        assertEquals(Duration.ofHours(12), s.minAge());
        assertEquals("keep-me", s.keepTag());
        assertEquals(Duration.ofDays(3), s.grace());
        assertTrue(s.snapshotBeforeDelete());
        assertTrue(s.apply());
        assertEquals("http://localhost:4566", s.endpointUrl());
        assertEquals("dev", s.profile());
    }

    @Test
    void runIsADryRunUnlessApply() throws Exception {
        someResources();

        assertEquals(0, run("run", "--format", "json"));
        assertTrue(json().get("dryRun").asBoolean());
        assertEquals(List.of(), w.calls.mutations());
        assertTrue(w.ec2.volumeIds().contains("vol-2"));
    }

    @Test
    void runApplyExitsOneWhenAnActionFailed() throws Exception {
        someResources();
        w.ec2.fail("DeleteVolume", "vol-2", "UnauthorizedOperation");

        assertEquals(1, run("run", "--apply", "--format", "json"));

        JsonNode r = json();
        assertTrue(!r.get("dryRun").asBoolean());
        assertEquals(1, r.get("summary").get("failed").asInt());
        assertEquals(2, r.get("summary").get("done").asInt());
    }

    @Test
    void usageErrorsExitTwoAndPrintNothingOnStdout() {
        assertEquals(2, run("scan", "--min-age", "seven days"));
        assertTrue(err.toString().contains("not a duration"), err.toString());
        assertEquals(2, run("scan", "--format", "xml"));
        assertEquals(2, run("scan", "--no-such-option"));
        assertEquals(2, run("run", "--region", "Ireland"));
        assertEquals(2, run("schedule", "--apply"));
        assertEquals(2, run("schedule", "--schedule", "every day"));
        assertEquals(2, run());
        assertEquals("", out.toString());
    }

    @Test
    void textReportIsTheDefault() {
        someResources();

        assertEquals(0, run("scan"));

        String text = out.toString();
        assertTrue(text.startsWith("finguard cleanup (dry run: nothing was changed)"), text);
        assertTrue(text.contains("planned  mark          ebs-volume eu-west-1      vol-1  $8.80/month"), text);
        assertTrue(text.contains("3 action(s) on 3 resource(s): 3 planned"), text);
    }

    @Test
    void printPolicyPrintsTheJobPolicy() throws Exception {
        assertEquals(0, run("schedule", "--print-policy"));

        assertEquals(new ObjectMapper().valueToTree(IamPolicy.forJob()), json());
        assertEquals(List.of(), w.calls.actions().stream().toList(), "printing the policy calls nothing");
    }

    @Test
    void scheduleDeploysWithApplyAndIsIdempotent(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("cleanup-lambda.jar"), new byte[] {1, 2, 3});

        assertEquals(0, run("schedule", "--region", "eu-west-1", "--code", jar.toString(), "--format", "json"));
        assertEquals("planned", json().get("steps").get(0).get("status").asText());
        assertTrue(w.lambda.names().isEmpty(), "dry run by default");

        out.getBuffer().setLength(0);
        assertEquals(0, run("schedule", "--region", "eu-west-1", "--code", jar.toString(), "--apply",
                "--role-arn", "arn:aws:iam::1:role/r", "--min-age", "3d", "--job-apply", "--format", "json"));
        assertEquals("create", json().get("steps").get(0).get("action").asText());
        assertEquals("done", json().get("steps").get(1).get("status").asText());
        assertEquals(List.of("finguard-cleanup"), w.lambda.names());
        String input = scheduler.schedule("default", "finguard-cleanup").target().input();
        assertTrue(input.contains("\"minAge\":\"3d\"") && input.contains("\"apply\":true"), input);

        out.getBuffer().setLength(0);
        assertEquals(0, run("schedule", "--region", "eu-west-1", "--code", jar.toString(), "--apply",
                "--role-arn", "arn:aws:iam::1:role/r", "--min-age", "3d", "--job-apply"));
        assertTrue(out.toString().contains("none"), out.toString());
    }
}
