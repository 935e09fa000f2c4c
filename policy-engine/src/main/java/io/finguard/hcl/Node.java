package io.finguard.hcl;

/** Every syntax node knows the exact source range it covers (without surrounding trivia). */
public interface Node {
    Range range();
}
