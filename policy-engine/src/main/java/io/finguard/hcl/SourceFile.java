package io.finguard.hcl;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * The text of one HCL file and the name it is reported under. The text is kept exactly as read (a BOM stays as
 * U+FEFF, CRLF stays CRLF) so that the token stream reproduces it byte for byte.
 *
 * @param name the path as it should appear in reports ({@code /}-separated, relative to the scan root)
 * @param text the whole decoded content
 */
public record SourceFile(String name, String text) {

    /**
     * Decodes UTF-8 strictly: malformed input is rejected rather than silently replaced, because a lossy decode
     * would make a later format-preserving write corrupt the file.
     */
    public static SourceFile decode(String name, byte[] bytes) throws CharacterCodingException {
        if (isAscii(bytes)) {
            // ASCII is valid UTF-8 decoding to the same chars, and Latin-1 decoding copies it straight into the
            // string's compact form: no char buffer twice the size of the file, no compaction (JFR: a tenth of
            // what a load allocated; nearly every Terraform file is ASCII)
            return new SourceFile(name, new String(bytes, StandardCharsets.ISO_8859_1));
        }
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return new SourceFile(name, text);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** The source text a range covers. */
    public String slice(Range range) {
        return text.substring(range.start(), range.end());
    }
}
