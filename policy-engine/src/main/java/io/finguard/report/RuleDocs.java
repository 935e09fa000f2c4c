package io.finguard.report;

import io.finguard.api.RuleMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's Markdown docs page, read from the classpath once per report (and by {@code finguard rules show}). A missing or unreadable page is not an
 * error here: the report falls back to the rule's summary, and the catalogue test is what insists on docs.
 */
public final class RuleDocs {

    private final ClassLoader loader;
    private final Map<String, Optional<String>> pages = new HashMap<>();

    public RuleDocs(ClassLoader loader) {
        this.loader = loader;
    }

    public Optional<String> markdown(RuleMetadata rule) {
        String resource = rule.docsResource();
        if (resource == null || resource.isBlank()) {
            return Optional.empty();
        }
        return pages.computeIfAbsent(resource, this::read);
    }

    private Optional<String> read(String resource) {
        // ClassLoader resources never start with '/', Class resources may: accept both spellings
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.isBlank() ? Optional.empty() : Optional.of(text.strip() + "\n");
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
