package io.finguard.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The AWS resource types that take a {@code tags} argument, generated from the AWS provider 6.57 schema
 * ({@code aws-taggable-resource-types.txt} beside this class, one type a line). Tag rules look only at these:
 * demanding tags on a type that cannot carry them would be noise nobody can fix.
 */
public final class TaggableResourceTypes {

    private static final String RESOURCE = "aws-taggable-resource-types.txt";

    private final Set<String> types;

    private TaggableResourceTypes(Set<String> types) {
        this.types = Set.copyOf(types);
    }

    /** Reads the list shipped with finguard. */
    public static TaggableResourceTypes builtIn() {
        try (InputStream in = TaggableResourceTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the rules jar");
            }
            Set<String> types = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String type = line.strip();
                if (!type.isEmpty() && !type.startsWith("#")) {
                    types.add(type);
                }
            }
            return new TaggableResourceTypes(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isTaggable(String resourceType) {
        return types.contains(resourceType);
    }

    public int size() {
        return types.size();
    }
}
