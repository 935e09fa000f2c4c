package io.finguard.terraform.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a plan file in two streaming passes: {@link #readHeader} checks the whole file and keeps the small
 * sections, {@link #readResources} then hands resources one by one to a {@link PlanSink}. Two passes because
 * Terraform writes {@code configuration}, which resource values need for their unknowns, after the resources.
 */
final class PlanFileReader {

    /** Parts of a change that finguard never checks: the state before it and the sensitivity masks. */
    private static final Set<String> UNUSED_CHANGE_FIELDS = Set.of("before", "before_sensitive", "after_sensitive");

    private final PlanJson json = new PlanJson();

    PlanHeader readHeader(Path file) throws PlanReadException {
        return json.parse(file, parser -> {
            String formatVersion = null;
            JsonNode variables = MissingNode.getInstance();
            JsonNode configuration = MissingNode.getInstance();
            boolean planned = false;
            boolean changes = false;
            boolean state = false;
            Set<String> changed = Set.of();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format_version" -> formatVersion = value.isScalarValue() ? parser.getValueAsString() : null;
                    case "variables" -> variables = json.tree(parser);
                    case "configuration" -> configuration = json.tree(parser);
                    case "planned_values" -> planned = value == JsonToken.START_OBJECT;
                    case "resource_changes" -> {
                        changes = value == JsonToken.START_ARRAY;
                        changed = changeAddresses(parser);
                    }
                    case "values" -> state = value == JsonToken.START_OBJECT;
                    default -> { }
                }
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw new PlanReadException(PlanJson.lineOf(parser.currentTokenLocation()),
                        "malformed JSON: unexpected content after the plan object");
            }
            if (!planned && !changes && !state) {
                throw new PlanReadException(0, "not a Terraform plan: no planned_values or resource_changes");
            }
            // `terraform show -json` on a state (no plan) writes the same module tree under "values".
            return new PlanHeader(formatVersion, variables, configuration,
                    planned || changes ? "planned_values" : "values", changed);
        });
    }

    void readResources(Path file, PlanHeader header, PlanSink sink) throws PlanReadException {
        json.parse(file, parser -> {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals(header.modulesField())) {
                    readModuleTree(parser, sink, header.changedAddresses());
                } else if (field.equals("resource_changes")) {
                    forEachObject(parser, () -> sink.change(readChange(parser)));
                }
                parser.skipChildren();
            }
            return null;
        });
    }

    /** {@code {"outputs": …, "root_module": {…}}}. */
    private void readModuleTree(JsonParser parser, PlanSink sink, Set<String> changed) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("root_module")) {
                readModule(parser, sink, changed);
            }
            parser.skipChildren();
        }
    }

    /** A module: {@code resources}, then (for a child) {@code address}, then {@code child_modules}, in any order. */
    private void readModule(JsonParser parser, PlanSink sink, Set<String> changed) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("address") && value == JsonToken.VALUE_STRING) {
                sink.module(parser.getText());
            } else if (field.equals("resources")) {
                forEachObject(parser, () -> {
                    JsonNode resource = readPlannedResource(parser, changed);
                    if (resource != null) {
                        sink.plannedResource(resource);
                    }
                });
            } else if (field.equals("child_modules")) {
                forEachObject(parser, () -> readModule(parser, sink, changed));
            }
            parser.skipChildren();
        }
    }

    @FunctionalInterface
    private interface ElementAction {
        void run() throws IOException;
    }

    /** Runs the action on each object of the array at hand, skipping elements of any other shape. */
    private static void forEachObject(JsonParser parser, ElementAction action) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return;
        }
        for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == JsonToken.START_OBJECT) {
                action.run();
            } else {
                parser.skipChildren();
            }
        }
    }

    /**
     * A planned resource as a tree, or null when {@code resource_changes} describes it too: that entry wins, so
     * the values are skipped rather than built (Terraform writes {@code address} first).
     */
    private JsonNode readPlannedResource(JsonParser parser, Set<String> changed) throws IOException {
        ObjectNode resource = json.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("address") && value == JsonToken.VALUE_STRING && changed.contains(parser.getText())) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    parser.nextToken();
                    parser.skipChildren();
                }
                return null;
            }
            resource.set(field, json.tree(parser));
        }
        return resource;
    }

    /** The addresses {@code resource_changes} describes (deposed copies aside), read without building trees. */
    private static Set<String> changeAddresses(JsonParser parser) throws IOException {
        Set<String> addresses = new HashSet<>();
        forEachObject(parser, () -> {
            String address = null;
            boolean deposed = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("address") && value == JsonToken.VALUE_STRING) {
                    address = parser.getText();
                } else if (field.equals("deposed") && value != JsonToken.VALUE_NULL) {
                    deposed = true;
                }
                parser.skipChildren();
            }
            if (address != null && !deposed) {
                addresses.add(address);
            }
        });
        return addresses;
    }

    /** A change entry as a tree, without the fields finguard never reads (they are as large as the rest). */
    private JsonNode readChange(JsonParser parser) throws IOException {
        ObjectNode entry = json.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("change") && value == JsonToken.START_OBJECT) {
                ObjectNode change = entry.putObject("change");
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String part = parser.currentName();
                    parser.nextToken();
                    if (UNUSED_CHANGE_FIELDS.contains(part)) {
                        parser.skipChildren();
                    } else {
                        change.set(part, json.tree(parser));
                    }
                }
            } else {
                entry.set(field, json.tree(parser));
            }
        }
        return entry;
    }

}
