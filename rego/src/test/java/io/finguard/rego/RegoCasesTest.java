package io.finguard.rego;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** finguard's own Rego cases ({@code rego-cases/*.yaml}, conformance format): adding a case is adding YAML. */
class RegoCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws Exception {
        Path root = Paths.get(RegoCasesTest.class.getClassLoader().getResource("rego-cases").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(root)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            Map<?, ?> doc = load(file);
            for (Object c : (List<?>) doc.get("cases")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> tc = (Map<String, Object>) c;
                tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + tc.get("note"),
                        () -> assertNull(CaseRunner.run(tc))));
            }
        }
        return tests.stream();
    }

    private static Map<?, ?> load(Path file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
    }
}
