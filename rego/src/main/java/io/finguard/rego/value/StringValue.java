package io.finguard.rego.value;

/** A string; strings compare by code point, as Go compares UTF-8 bytes. */
public final class StringValue implements Value {
    private final String value;

    private StringValue(String value) {
        this.value = value;
    }

    public static StringValue of(String s) {
        return new StringValue(s);
    }

    public String value() {
        return value;
    }

    @Override public int typeRank() { return 3; }

    @Override
    public int compareSameType(Value other) {
        String a = value;
        String b = ((StringValue) other).value;
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    @Override public String typeName() { return "string"; }
    @Override public boolean equals(Object o) { return o instanceof StringValue s && s.value.equals(value); }
    @Override public int hashCode() { return value.hashCode(); }
    @Override public String toString() { return Json.quote(value); }
}
