package io.finguard.terraform.plan;

import io.finguard.terraform.LoadError;
import io.finguard.terraform.TerraformModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import static io.finguard.terraform.plan.Plans.assertStr;
import static io.finguard.terraform.plan.Plans.at;
import static io.finguard.terraform.plan.Plans.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** minimal.json re-encoded the ways plan files reach finguard (PowerShell's {@code >} writes UTF-16LE with a BOM). */
class PlanEncodingTest {

    @TempDir
    Path dir;

    private Path write(String bomHex, String charset, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(HexFormat.of().parseHex(bomHex));
        bytes.writeBytes(text.getBytes(Charset.forName(charset)));
        Path file = dir.resolve("plan.json");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static String minimal() throws IOException {
        return Files.readString(Plans.path("minimal.json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "UTF-8 without BOM, '',     UTF-8",
            "UTF-8 with BOM,    efbbbf, UTF-8",
            "UTF-16LE with BOM, fffe,   UTF-16LE",
            "UTF-16BE with BOM, feff,   UTF-16BE"})
    void loadsEverySupportedEncoding(String label, String bom, String charset) throws IOException {
        TerraformModel model = new PlanLoader().load(write(bom, charset, minimal()), dir);
        assertEquals(List.of(), model.errors(), label);
        assertStr("Zoë Müller", at(resource(model, "aws_s3_bucket.data"), "tags", "Owner"));
        assertStr("データ基盤", at(resource(model, "aws_s3_bucket.data"), "tags", "Team"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "UTF-16LE without BOM, '',       UTF-16LE, UTF-16 without BOM is not supported",
            "UTF-16BE without BOM, '',       UTF-16BE, UTF-16 without BOM is not supported",
            "UTF-32LE with BOM,    fffe0000, UTF-32LE, UTF-32 is not supported",
            "UTF-32BE with BOM,    0000feff, UTF-32BE, UTF-32 is not supported"})
    void refusesUnsupportedEncodingsByName(String label, String bom, String charset, String message)
            throws IOException {
        TerraformModel model = new PlanLoader().load(write(bom, charset, minimal()), dir);
        assertEquals(1, model.errors().size(), label);
        LoadError error = model.errors().get(0);
        assertEquals("plan.json", error.file());
        assertEquals(0, error.line());
        assertTrue(error.message().startsWith(message), error.message());
        assertEquals(List.of(), model.resources());
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws IOException {
        String json = "{\n\"format_version\": \"1.2\",\n\"planned_values\": {\"x\": \"aXb\"}}\n";
        byte[] text = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        text[json.indexOf('X')] = (byte) 0xC3; // a lead byte followed by 'b', which is no continuation byte
        Path file = dir.resolve("plan.json");
        Files.write(file, text);
        LoadError error = new PlanLoader().load(file, dir).errors().get(0);
        assertEquals(3, error.line());
        assertTrue(error.message().startsWith("malformed JSON: Invalid UTF-8"), error.message());
    }

    @Test
    void invalidUtf16IsReported() throws IOException {
        // A lone high surrogate cannot be decoded.
        Path file = write("fffe", "UTF-16LE", "{\n\"format_version\": \"1.2\", \"planned_values\": {\"x\": \"");
        Files.write(file, HexFormat.of().parseHex("00d8" + "2200" + "7d00" + "7d00"),
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(new LoadError("plan.json", 2, "not valid UTF-16LE text"),
                new PlanLoader().load(file, dir).errors().get(0));
    }
}
