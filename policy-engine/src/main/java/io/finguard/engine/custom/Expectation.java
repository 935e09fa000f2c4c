package io.finguard.engine.custom;

import io.finguard.terraform.Value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one check requires of each known value its path reaches (null for an absent attribute). Anything but a
 * string, number or bool fails the scalar expectations: a list never "equals" a scalar.
 */
public sealed interface Expectation {

    boolean accepts(Value value);

    /** {@code exists: true}: set and not null; {@code exists: false}: absent or null. */
    record Exists(boolean wanted) implements Expectation {
        @Override
        public boolean accepts(Value value) {
            return (value instanceof Value.Null) != wanted;
        }
    }

    /** {@code equals: x}; numbers compare by value, see {@link ScalarText}. */
    record Equals(String expected) implements Expectation {
        public Equals {
            expected = ScalarText.canonical(expected);
        }

        @Override
        public boolean accepts(Value value) {
            return expected.equals(ScalarText.of(value));
        }
    }

    /** {@code one-of: [a, b]}. */
    record OneOf(Set<String> allowed) implements Expectation {
        public OneOf(List<String> allowed) {
            this(allowed.stream().map(ScalarText::canonical).collect(Collectors.toUnmodifiableSet()));
        }

        @Override
        public boolean accepts(Value value) {
            String text = ScalarText.of(value);
            return text != null && allowed.contains(text);
        }
    }

    /** {@code matches: regex}: found anywhere in the text, as the built-in rules' patterns; anchor with ^ and $. */
    record Matches(Pattern pattern) implements Expectation {
        @Override
        public boolean accepts(Value value) {
            String text = ScalarText.of(value);
            return text != null && pattern.matcher(text).find();
        }
    }

    /** {@code <=: n}. */
    record AtMost(BigDecimal limit) implements Expectation {
        @Override
        public boolean accepts(Value value) {
            BigDecimal n = ScalarText.number(value);
            return n != null && n.compareTo(limit) <= 0;
        }
    }

    /** {@code >=: n}. */
    record AtLeast(BigDecimal limit) implements Expectation {
        @Override
        public boolean accepts(Value value) {
            BigDecimal n = ScalarText.number(value);
            return n != null && n.compareTo(limit) >= 0;
        }
    }
}
