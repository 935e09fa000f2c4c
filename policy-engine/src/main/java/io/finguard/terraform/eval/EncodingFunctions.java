package io.finguard.terraform.eval;

import io.finguard.terraform.Value.Str;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** JSON, YAML, base64, URL encoding and hashes; every text is UTF-8, as in Terraform. */
final class EncodingFunctions {

    private EncodingFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("jsonencode", 1, a -> new Str(JsonCodec.encode(a.raw(0))));
        t.add("jsondecode", 1, a -> JsonCodec.decode(a.str(0)));
        t.add("yamlencode", 1, a -> new Str(YamlEncoder.encode(a.raw(0))));
        t.add("base64encode", 1, a -> new Str(base64(utf8(a.str(0)))));
        t.add("base64decode", 1, a -> new Str(base64Decode(a.str(0))));
        // Go's QueryEscape: space as "+", "*" escaped, "~" kept
        t.add("urlencode", 1, a -> new Str(URLEncoder.encode(a.str(0), StandardCharsets.UTF_8)
                .replace("*", "%2A").replace("%7E", "~")));
        t.add("md5", 1, a -> new Str(hex(digest("MD5", utf8(a.str(0))))));
        t.add("sha1", 1, a -> new Str(hex(digest("SHA-1", utf8(a.str(0))))));
        t.add("sha256", 1, a -> new Str(hex(digest("SHA-256", utf8(a.str(0))))));
        t.add("sha512", 1, a -> new Str(hex(digest("SHA-512", utf8(a.str(0))))));
        t.add("base64sha256", 1, a -> new Str(base64(digest("SHA-256", utf8(a.str(0))))));
        t.add("base64sha512", 1, a -> new Str(base64(digest("SHA-512", utf8(a.str(0))))));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide these algorithms
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /** Terraform strings are UTF-8: decoded bytes that are not valid UTF-8 are an error, not mojibake. */
    static String decodeUtf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new EvalError(what + " is not valid UTF-8");
        }
    }

    private static String base64Decode(String s) {
        try {
            return decodeUtf8(Base64.getDecoder().decode(s), "the decoded base64 text");
        } catch (IllegalArgumentException e) {
            throw new EvalError("invalid base64 data: " + e.getMessage());
        }
    }
}
