package io.finguard.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
    void matchesTheSharedReferenceList() throws IOException {
        Path shared = Path.of("../../shared/data/aws-taggable-resource-types.txt");
        if (Files.exists(shared)) {
            long expected = Files.readAllLines(shared).stream().filter(l -> !l.isBlank()).count();
            assertEquals(expected, types.size());
        }
    }
}
