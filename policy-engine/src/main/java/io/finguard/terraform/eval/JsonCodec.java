package io.finguard.terraform.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.ObjKind;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code jsonencode} and {@code jsondecode} exactly as Terraform writes and reads JSON: compact, object keys
 * sorted, and Go's escaping of {@code < > &} and U+2028/U+2029 (so that a policy document finguard renders is
 * byte-equal to the one Terraform sends).
 */
final class JsonCodec {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonCodec() {
    }

    static String encode(Value value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Value raw, StringBuilder out) {
        // a value may hold the same large string or list many times over: its text can outgrow it
        EvalBudget.checkLength(out.length());
        Value value = Conversions.known(raw);
        if (value instanceof Null) {
            out.append("null");
        } else if (value instanceof Bool b) {
            out.append(b.value());
        } else if (value instanceof Num n) {
            out.append(Conversions.formatNumber(n.value()));
        } else if (value instanceof Str s) {
            writeString(s.value(), out);
        } else if (value instanceof Seq seq) {
            out.append('[');
            for (int i = 0; i < seq.elements().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(seq.elements().get(i), out);
            }
            out.append(']');
        } else if (value instanceof Obj obj) {
            out.append('{');
            boolean first = true;
            for (String key : Conversions.sortedKeys(obj)) {
                if (!first) {
                    out.append(',');
                }
                writeString(key, out);
                out.append(':');
                write(obj.get(key), out);
                first = false;
            }
            out.append('}');
        }
    }

    static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static Value decode(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new EvalError("jsondecode needs a JSON value, got an empty string");
            }
            Value value = read(parser, first, new int[1]);
            if (parser.nextToken() != null) {
                throw new EvalError("extra characters after the JSON value at offset "
                        + parser.currentTokenLocation().getCharOffset());
            }
            return value;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new EvalError("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new EvalError("invalid JSON: " + e.getMessage());
        }
    }

    /** @param count values read so far: a document of many small values is as large as one long list */
    private static Value read(JsonParser p, JsonToken token, int[] count) throws IOException {
        EvalBudget.checkSize(++count[0]);
        switch (token) {
            case START_OBJECT -> {
                Map<String, Value> entries = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    entries.put(key, read(p, p.nextToken(), count));
                }
                return new Obj(entries, ObjKind.OBJECT);
            }
            case START_ARRAY -> {
                List<Value> elements = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    elements.add(read(p, t, count));
                }
                return new Seq(elements, SeqKind.TUPLE);
            }
            case VALUE_STRING -> {
                return new Str(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Num(p.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return Value.TRUE;
            }
            case VALUE_FALSE -> {
                return Value.FALSE;
            }
            case VALUE_NULL -> {
                return Value.NULL;
            }
            default -> throw new EvalError("unexpected JSON token " + token);
        }
    }
}
