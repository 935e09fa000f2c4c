package io.finguard.engine;

import io.finguard.api.Rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A rule's Markdown page, read from the class path beside the rule ({@code RuleMetadata.docsResource()}, resolved
 * against the rule's class as {@link Class#getResourceAsStream} does), so a rule from a user's jar brings its own.
 */
public final class RuleDocs {

    private RuleDocs() {
    }

    /** The page's text, or empty when the rule names no page or the page is missing. */
    public static Optional<String> markdown(Rule rule) {
        String resource = rule.metadata().docsResource();
        if (resource == null || resource.isBlank()) {
            return Optional.empty();
        }
        try (InputStream in = rule.getClass().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " of " + rule.metadata().id(), e);
        }
    }
}
