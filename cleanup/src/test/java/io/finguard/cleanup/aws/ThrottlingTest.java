package io.finguard.cleanup.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import io.finguard.cleanup.ebs.VolumeReader;
import io.finguard.cleanup.ebs.VolumeView;
import io.finguard.cleanup.logs.LogGroupReader;
import io.finguard.cleanup.logs.LogGroupView;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Throttling then success, through the real SDK clients as {@link AwsClientFactory} builds them: a local HTTP
 * server answers the first requests with the services' throttling errors, so what is tested is the retry
 * configuration itself (a fake client would bypass it).
 */
class ThrottlingTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int throttleFirst;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            boolean logs = target != null && target.startsWith("Logs_");
            int n = requests.incrementAndGet();
            byte[] out;
            int status;
            if (n <= throttleFirst) {
                status = logs ? 400 : 503;
                out = (logs ? "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"
                        : "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded."
                        + "</Message></Error></Errors><RequestID>r-" + n + "</RequestID></Response>")
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                status = 200;
                out = (logs ? LOG_GROUPS : volumes(body)).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", logs ? "application/x-amz-json-1.1" : "text/xml");
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static final String LOG_GROUPS = "{\"logGroups\":[{\"logGroupName\":\"/app/a\",\"creationTime\":1000,"
            + "\"storedBytes\":5,\"arn\":\"arn:aws:logs:eu-west-1:1:log-group:/app/a:*\"}]}";

    private static String volumes(String body) {
        String item = body.contains("available")
                ? "<item><volumeId>vol-1</volumeId><size>10</size><status>available</status>"
                + "<createTime>2020-01-01T00:00:00.000Z</createTime><volumeType>gp3</volumeType>"
                + "<attachmentSet/><tagSet/></item>"
                : "";
        return "<DescribeVolumesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>x</requestId>"
                + "<volumeSet>" + item + "</volumeSet></DescribeVolumesResponse>";
    }

    private AwsClientFactory factory(int maxAttempts) {
        ClientSettings s = ClientSettings.of("http://127.0.0.1:" + server.getAddress().getPort(), null)
                .withRetry(new RetrySettings(false, maxAttempts, Duration.ofMillis(1), Duration.ofMillis(5)));
        return new AwsClientFactory(s, StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }

    @Test
    void logsCallsAreRetriedAfterThrottling() {
        throttleFirst = 3;
        try (CloudWatchLogsClient logs = factory(5).logs("eu-west-1")) {
            List<LogGroupView> groups = new LogGroupReader(logs, "eu-west-1").all();
            assertEquals(List.of("/app/a"), groups.stream().map(LogGroupView::name).toList());
        }
        assertEquals(4, requests.get(), "three throttled attempts, then success");
    }

    @Test
    void ec2CallsAreRetriedAfterThrottling() {
        throttleFirst = 2;
        try (Ec2Client ec2 = factory(5).ec2("eu-west-1")) {
            List<VolumeView> volumes = new VolumeReader(ec2, "eu-west-1").candidates();
            assertEquals(List.of("vol-1"), volumes.stream().map(VolumeView::id).toList());
        }
        assertEquals(4, requests.get(), "two throttled attempts, then one call per filter");
    }

    @Test
    void adaptiveModeRetriesToo() {
        throttleFirst = 2;
        ClientSettings s = ClientSettings.of("http://127.0.0.1:" + server.getAddress().getPort(), null)
                .withRetry(new RetrySettings(true, 4, Duration.ofMillis(1), Duration.ofMillis(5)));
        AwsClientFactory f = new AwsClientFactory(s,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
        try (CloudWatchLogsClient logs = f.logs("eu-west-1")) {
            assertEquals(1, new LogGroupReader(logs, "eu-west-1").all().size());
        }
        assertEquals(3, requests.get());
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheActionInTheError() {
        throttleFirst = Integer.MAX_VALUE;
        try (CloudWatchLogsClient logs = factory(3).logs("eu-west-1")) {
            AwsCallException e = assertThrows(AwsCallException.class,
                    () -> new LogGroupReader(logs, "eu-west-1").all());
            assertEquals("ThrottlingException", e.errorCode());
            assertEquals("logs:DescribeLogGroups failed: ThrottlingException: Rate exceeded", e.getMessage());
        }
        assertEquals(3, requests.get());
    }
}
