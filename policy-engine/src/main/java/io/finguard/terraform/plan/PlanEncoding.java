package io.finguard.terraform.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text encodings a plan file may come in, told apart by its first bytes. {@code terraform show -json > plan.json}
 * writes UTF-8, but the same redirect in Windows PowerShell 5 writes UTF-16LE with a BOM, and editors may add a
 * UTF-8 BOM; all three must load. UTF-16 without a BOM and UTF-32 are refused with a message that says so, rather
 * than surfacing as a confusing JSON syntax error.
 */
enum PlanEncoding {
    UTF_8(StandardCharsets.UTF_8, 0),
    UTF_8_BOM(StandardCharsets.UTF_8, 3),
    UTF_16LE_BOM(StandardCharsets.UTF_16LE, 2),
    UTF_16BE_BOM(StandardCharsets.UTF_16BE, 2);

    /** Enough bytes to tell every supported and refused encoding apart. */
    static final int HEAD_LENGTH = 4;

    private static final String RESAVE = "; re-save the plan as UTF-8 (terraform show -json plan > plan.json)";

    final Charset charset;
    final int bomLength;

    PlanEncoding(Charset charset, int bomLength) {
        this.charset = charset;
        this.bomLength = bomLength;
    }

    /**
     * Decodes the text after the BOM, refusing malformed input with the line it is on: a decoder stops at the bad
     * bytes, so the text before them is valid and its newlines give the line.
     */
    String decode(byte[] afterBom) throws PlanReadException {
        ByteBuffer bytes = ByteBuffer.wrap(afterBom);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            String valid = new String(afterBom, 0, bytes.position(), charset);
            int line = 1 + (int) valid.chars().filter(c -> c == '\n').count();
            throw new PlanReadException(line, "not valid " + charset.name() + " text");
        }
    }

    /** @param head the first {@code length} bytes of the file (fewer than {@link #HEAD_LENGTH} for tiny files) */
    static PlanEncoding detect(byte[] head, int length) throws PlanReadException {
        int b0 = length > 0 ? head[0] & 0xFF : -1;
        int b1 = length > 1 ? head[1] & 0xFF : -1;
        int b2 = length > 2 ? head[2] & 0xFF : -1;
        int b3 = length > 3 ? head[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return UTF_8_BOM;
        }
        if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0)) {
            throw new PlanReadException(0, "UTF-32 is not supported" + RESAVE);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return UTF_16LE_BOM;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return UTF_16BE_BOM;
        }
        // JSON text starts with an ASCII character, so UTF-16 shows as a zero byte beside a non-zero one.
        if (length >= 2 && (b0 == 0) != (b1 == 0)) {
            throw new PlanReadException(0, "UTF-16 without BOM is not supported" + RESAVE);
        }
        return UTF_8;
    }
}
