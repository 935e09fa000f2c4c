package io.finguard.rego.builtins;

import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;

/** {@code units.parse} (SI and binary suffixes, case-sensitive) and {@code units.parse_bytes} (case-insensitive). */
final class Units {
    private static final BigDecimal K = BigDecimal.valueOf(1000);
    private static final BigDecimal KI = BigDecimal.valueOf(1024);
    private static final Map<String, BigDecimal> SI = Map.ofEntries(
            Map.entry("", BigDecimal.ONE), Map.entry("m", new BigDecimal("0.001")),
            Map.entry("k", K), Map.entry("M", K.pow(2)), Map.entry("g", K.pow(3)),
            Map.entry("t", K.pow(4)), Map.entry("p", K.pow(5)), Map.entry("e", K.pow(6)),
            Map.entry("ki", KI), Map.entry("mi", KI.pow(2)), Map.entry("gi", KI.pow(3)),
            Map.entry("ti", KI.pow(4)), Map.entry("pi", KI.pow(5)), Map.entry("ei", KI.pow(6)));
    private static final Map<String, BigDecimal> BYTES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE), Map.entry("b", BigDecimal.ONE),
            Map.entry("k", K), Map.entry("kb", K), Map.entry("ki", KI), Map.entry("kib", KI),
            Map.entry("m", K.pow(2)), Map.entry("mb", K.pow(2)), Map.entry("mi", KI.pow(2)), Map.entry("mib", KI.pow(2)),
            Map.entry("g", K.pow(3)), Map.entry("gb", K.pow(3)), Map.entry("gi", KI.pow(3)), Map.entry("gib", KI.pow(3)),
            Map.entry("t", K.pow(4)), Map.entry("tb", K.pow(4)), Map.entry("ti", KI.pow(4)), Map.entry("tib", KI.pow(4)),
            Map.entry("p", K.pow(5)), Map.entry("pb", K.pow(5)), Map.entry("pi", KI.pow(5)), Map.entry("pib", KI.pow(5)),
            Map.entry("e", K.pow(6)), Map.entry("eb", K.pow(6)), Map.entry("ei", KI.pow(6)), Map.entry("eib", KI.pow(6)));

    private Units() {
    }

    static void register(Registry r) {
        r.add("units.parse", 1, a -> parse(Args.string(a, 0).replace("\"", ""), SI, false));
        r.add("units.parse_bytes", 1, a -> parse(Args.string(a, 0).replace("\"", "").toLowerCase(Locale.ROOT),
                BYTES, true));
    }

    private static Value parse(String s, Map<String, BigDecimal> units, boolean bytes) {
        String what = bytes ? "byte amount" : "amount";
        if (s.contains(" ")) {
            throw BuiltinError.of("spaces not allowed in resource strings");
        }
        int end = s.startsWith("-") ? 1 : 0;
        while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
            end++;
        }
        // An exponent belongs to the number when digits follow it ("1e3"); otherwise "e"/"E" is the exa unit.
        if (end > 0 && end < s.length() && (s.charAt(end) == 'e' || s.charAt(end) == 'E')) {
            int j = end + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int digits = j;
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j > digits) {
                end = j;
            }
        }
        String num = s.substring(0, end);
        String unit = s.substring(end);
        if (num.isEmpty()) {
            throw BuiltinError.of("no " + what + " provided");
        }
        // Only "m" (milli) and "M" (mega) differ by case; every other unit is case-insensitive.
        BigDecimal factor = units.get(bytes || unit.equals("m") || unit.equals("M") ? unit
                : unit.toLowerCase(Locale.ROOT));
        if (factor == null) {
            throw BuiltinError.of("unit " + unit + " not recognized");
        }
        BigDecimal n;
        try {
            n = new BigDecimal(num.startsWith(".") ? "0" + num : num);
        } catch (NumberFormatException | ArithmeticException e) {
            throw BuiltinError.of("could not parse " + what + " to a number");
        }
        if (Math.abs((long) n.precision() - n.scale()) > 1000) {
            throw BuiltinError.of("exponent too large");
        }
        BigDecimal result = n.multiply(factor, MathContext.UNLIMITED);
        if (bytes) {
            return NumberValue.of(new BigDecimal(result.toBigInteger()));
        }
        return NumberValue.of(result);
    }
}
