package io.finguard.cleanup.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionChoiceTest {

    @ParameterizedTest(name = "{0} (Environment={1}) -> {2} days")
    @CsvSource({
            "/prod/api,, 30",
            "svc-prod-worker,, 30",
            "production-logs,, 30",
            "/staging/api,, 14",
            "api-stg,, 14",
            "/dev/api,, 7",
            "development,, 7",
            "/app/api,, 30",
            "/app/producer,, 30",
            "/prod/api, dev, 7",
            "/dev/api, staging, 14",
            "/dev/api, Production, 30",
            "/dev/api, qa, 30",
    })
    void choosesAsFg501(String name, String environmentTag, int days) {
        Map<String, String> tags = environmentTag == null ? Map.of() : Map.of("Environment", environmentTag);
        assertEquals(days, RetentionChoice.defaults().choose(name, tags).days());
    }
}
