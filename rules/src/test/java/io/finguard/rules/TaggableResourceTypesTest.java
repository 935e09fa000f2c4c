package io.finguard.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaggableResourceTypesTest {

    private final TaggableResourceTypes types = TaggableResourceTypes.builtIn();

    @Test
    void knowsTheTypesThatCarryTags() {
        assertTrue(types.isTaggable("aws_s3_bucket"));
        assertTrue(types.isTaggable("aws_instance"));
        assertTrue(types.isTaggable("aws_cloudwatch_log_group"));
        assertTrue(types.isTaggable("aws_eks_node_group"));
    }

    @Test
    void leavesOutTypesWithoutATagsArgument() {
        // these carry tags elsewhere (tag blocks) or not at all; FG101 must not demand a tags map of them
        assertFalse(types.isTaggable("aws_autoscaling_group"));
        assertFalse(types.isTaggable("aws_s3_bucket_lifecycle_configuration"));
        assertFalse(types.isTaggable("aws_iam_role_policy_attachment"));
    }

    @Test
    void shipsTheWholeProviderListSortedAndWithoutRepeats() throws IOException {
        // the list is reference data (its header says where it comes from): an accidental edit or a truncated copy
        // must fail here, and a sorted list of unique types keeps a regenerated list's diff reviewable
        List<String> lines;
        try (InputStream in = TaggableResourceTypes.class.getResourceAsStream("aws-taggable-resource-types.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertEquals(839, lines.size(), "the AWS provider 6.57 schema has 839 resource types with a tags argument");
        assertEquals(lines.stream().sorted().distinct().toList(), lines);
        for (String type : lines) {
            assertTrue(type.matches("aws_[a-z0-9_]+"), type);
        }
        assertEquals(839, types.size());
    }
}
