package io.finguard.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every valid corpus and fixture file parses without problems, prints back byte for byte, with sound ranges. */
class HclRoundTripTest {

    static Stream<Path> validFiles() {
        return HclCorpus.validFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void parsesLosslesslyWithSoundRanges(Path path) {
        SourceFile source = HclCorpus.read(path);
        ConfigFile file = HclParser.parse(source);

        assertEquals(List.of(), file.diagnostics(), "a valid file parses without problems");
        TreeInvariants.assertLossless(file);
        TreeInvariants.assertRangesSound(file);
    }

    @Test
    void theCorpusHasTheFilesTheTestsRelyOn() {
        List<String> names = HclCorpus.validFiles().stream().map(p -> p.getFileName().toString()).toList();
        assertFalse(names.size() < 15, "at least 15 corpus files: " + names);
        for (String required : List.of("bom_crlf.tf", "tabs_unicode.tf", "comments_everywhere.tf", "heredocs.tf",
                "terraform.tfvars")) {
            assertEquals(true, names.contains(required), required);
        }
        String bomCrlf = HclCorpus.text(HclCorpus.moduleDir().resolve("src/test/resources/hcl/corpus/bom_crlf.tf"));
        assertEquals('\uFEFF', bomCrlf.charAt(0), "the BOM file starts with a BOM");
        assertEquals(true, bomCrlf.contains("\r\n"), "the BOM file uses CRLF");
    }
}
