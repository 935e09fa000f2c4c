package io.finguard.cleanup.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.cleanup.aws.AwsClientFactory;
import io.finguard.cleanup.aws.ClientSettings;
import io.finguard.cleanup.cli.CleanupCommand;
import io.finguard.cleanup.deploy.DeploymentSettings;
import io.finguard.cleanup.ebs.DeletionMark;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;

/**
 * The commands end to end against an AWS-compatible endpoint (an emulator) named by {@code FINGUARD_IT_ENDPOINT};
 * skipped when it is unset. It creates volumes and log groups, runs scan, run (mark, then delete) and schedule
 * through the CLI, and checks the results through the SDK. Runs with {@code --min-age 0s}, so point it at an
 * emulator of its own: every unattached volume and never-expiring log group there is a candidate.
 * See cleanup/README.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CleanupIntegrationTest {

    private static String endpoint;
    private static String region;
    private static AwsClientFactory clients;
    private static String prefix;
    private static String volumeToClean;
    private static String volumeToKeep;

    @BeforeAll
    static void connect() {
        endpoint = System.getenv("FINGUARD_IT_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            return;
        }
        region = Optional.ofNullable(System.getenv("FINGUARD_IT_REGION")).orElse("us-east-1");
        if (System.getenv("AWS_ACCESS_KEY_ID") == null && System.getProperty("aws.accessKeyId") == null) {
            // the commands use the SDK's default credential chain; emulators accept any key, real AWS is never meant
            System.setProperty("aws.accessKeyId", "test");
            System.setProperty("aws.secretAccessKey", "test");
        }
        clients = new AwsClientFactory(ClientSettings.of(endpoint, null),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
        prefix = "fg-it-" + Long.toString(System.currentTimeMillis(), 36);
    }

    /** Per test rather than per class, so that each test is reported as skipped, with this message. */
    @BeforeEach
    void requireEndpoint() {
        assumeTrue(endpoint != null && !endpoint.isBlank(),
                "FINGUARD_IT_ENDPOINT is not set: skipping the integration suite (see cleanup/README.md)");
    }

    @AfterAll
    static void cleanUp() {
        if (clients == null) {
            return;
        }
        try (Ec2Client ec2 = clients.ec2(region)) {
            for (String id : new String[] {volumeToClean, volumeToKeep}) {
                if (id != null) {
                    try {
                        ec2.deleteVolume(r -> r.volumeId(id));
                    } catch (Ec2Exception gone) {
                        // already deleted by the test
                    }
                }
            }
        }
    }

    private record Result(int exit, String out) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint-url", endpoint, "--region", region));
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new CleanupCommand());
        cl.setOut(new PrintWriter(out, true));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Result(exit, out.toString());
    }

    private static Optional<JsonNode> action(JsonNode report, String id, String action) {
        for (JsonNode a : report.get("actions")) {
            if (a.get("id").asText().equals(id) && a.get("action").asText().equals(action)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static Optional<Volume> volume(String id) {
        try (Ec2Client ec2 = clients.ec2(region)) {
            return ec2.describeVolumes(r -> r.volumeIds(id)).volumes().stream().findFirst()
                    .filter(v -> !"deleted".equals(v.stateAsString()) && !"deleting".equals(v.stateAsString()));
        } catch (Ec2Exception e) {
            return Optional.empty();
        }
    }

    private static Optional<LogGroup> logGroup(String name) {
        try (CloudWatchLogsClient logs = clients.logs(region)) {
            return logs.describeLogGroups(r -> r.logGroupNamePrefix(name)).logGroups().stream()
                    .filter(g -> g.logGroupName().equals(name)).findFirst();
        }
    }

    private static TagSpecification volumeTags(String key, String value) {
        return TagSpecification.builder().resourceType(ResourceType.VOLUME)
                .tags(Tag.builder().key(key).value(value).build()).build();
    }

    @Test
    @Order(1)
    void scanThenMarkThenDelete() throws Exception {
        String neverExpires = "/" + prefix + "/dev/api";
        String orphan = "/aws/lambda/" + prefix + "-deleted-fn";
        try (Ec2Client ec2 = clients.ec2(region); CloudWatchLogsClient logs = clients.logs(region)) {
            volumeToClean = ec2.createVolume(r -> r.availabilityZone(region + "a").size(1).volumeType("gp3")
                    .tagSpecifications(volumeTags("Name", prefix + "-orphan"))).volumeId();
            volumeToKeep = ec2.createVolume(r -> r.availabilityZone(region + "a").size(1).volumeType("gp3")
                    .tagSpecifications(volumeTags("finguard:keep", "it"))).volumeId();
            logs.createLogGroup(r -> r.logGroupName(neverExpires).tags(Map.of("Environment", "dev")));
            logs.createLogGroup(r -> r.logGroupName(orphan));
        }
        // --min-age 0s compares creation times with this machine's clock: a container's clock a few hundred
        // milliseconds ahead would make the new resources look younger than zero
        Thread.sleep(2_000);

        Result scan = cli("scan", "--min-age", "0s", "--format", "json");
        assertEquals(0, scan.exit(), scan.out());
        JsonNode plan = scan.json();
        assertTrue(plan.get("dryRun").asBoolean());
        assertTrue(action(plan, volumeToClean, "mark").isPresent(), scan.out());
        assertFalse(plan.toString().contains(volumeToKeep), "the keep tag protects it");
        assertTrue(action(plan, neverExpires, "set-retention").orElseThrow().get("reason").asText()
                .contains("7 days"), scan.out());
        assertTrue(action(plan, orphan, "delete").isPresent(), scan.out());
        assertFalse(volume(volumeToClean).orElseThrow().tags().stream()
                .anyMatch(t -> t.key().equals(DeletionMark.TAG_KEY)), "scan is read-only");

        Result mark = cli("run", "--apply", "--min-age", "0s", "--format", "json");
        assertEquals("done", action(mark.json(), volumeToClean, "mark").orElseThrow().get("status").asText(),
                mark.out());
        assertTrue(volume(volumeToClean).orElseThrow().tags().stream()
                .anyMatch(t -> t.key().equals(DeletionMark.TAG_KEY)));
        assertEquals(7, logGroup(neverExpires).orElseThrow().retentionInDays());
        assertTrue(logGroup(orphan).isEmpty(), "the deleted function's empty group is gone");

        Result delete = cli("run", "--apply", "--min-age", "0s", "--grace", "0s", "--format", "json");
        assertEquals("done", action(delete.json(), volumeToClean, "delete").orElseThrow().get("status").asText(),
                delete.out());
        assertTrue(volume(volumeToClean).isEmpty(), "deleted after the grace period");
        assertTrue(volume(volumeToKeep).isPresent());
    }

    @Test
    @Order(2)
    void scheduleDeploysIdempotently(@TempDir Path dir) throws Exception {
        String roleArn;
        try (IamClient iam = IamClient.builder().region(Region.AWS_GLOBAL).endpointOverride(URI.create(endpoint))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            roleArn = iam.createRole(r -> r.roleName(prefix + "-role").assumeRolePolicyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                            + "[\"lambda.amazonaws.com\",\"scheduler.amazonaws.com\"]},\"Action\":\"sts:AssumeRole\"}]}"))
                    .role().arn();
        }
        Path jar = dir.resolve("cleanup-it-lambda.jar");
        try (OutputStream os = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write("integration-test stand-in for the Lambda jar".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        String function = prefix + "-fn";
        String[] args = {"schedule", "--apply", "--function-name", function, "--role-arn", roleArn, "--code",
                jar.toString(), "--format", "json"};

        Result first = cli(args);
        assertEquals(0, first.exit(), first.out());
        assertEquals("create", first.json().get("steps").get(0).get("action").asText());

        try (LambdaClient lambda = clients.lambda(region); SchedulerClient scheduler = clients.scheduler(region)) {
            FunctionConfiguration fn = lambda.getFunction(r -> r.functionName(function)).configuration();
            assertEquals(DeploymentSettings.HANDLER, fn.handler());
            GetScheduleResponse schedule = scheduler.getSchedule(r -> r.name(function).groupName("default"));
            assertEquals("rate(1 day)", schedule.scheduleExpression());
            assertEquals(fn.functionArn(), schedule.target().arn());
            assertTrue(schedule.target().input().contains("\"regions\":[\"" + region + "\"]"),
                    schedule.target().input());
        }

        Result second = cli(args);
        assertEquals(0, second.exit(), second.out());
        for (JsonNode step : second.json().get("steps")) {
            assertEquals("none", step.get("action").asText(), second.out());
        }

        Result policy = cli("schedule", "--print-policy");
        assertTrue(policy.out().contains("ec2:DeleteVolume"), policy.out());
    }
}
