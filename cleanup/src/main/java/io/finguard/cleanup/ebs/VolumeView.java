package io.finguard.cleanup.ebs;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;

/** The facts about a volume that cleanup decides on, read from one {@code DescribeVolumes} result. */
public record VolumeView(String id, String region, String state, String type, int sizeGiB, Integer iops,
                         Integer throughput, Instant createTime, Map<String, String> tags, int attachments) {

    public VolumeView {
        tags = Map.copyOf(tags);
    }

    public static VolumeView of(String region, Volume v) {
        Map<String, String> tags = new HashMap<>();
        for (Tag t : v.tags()) {
            tags.put(t.key(), t.value() == null ? "" : t.value());
        }
        return new VolumeView(v.volumeId(), region, v.stateAsString(), v.volumeTypeAsString(),
                v.size() == null ? 0 : v.size(), v.iops(), v.throughput(), v.createTime(), tags,
                v.attachments().size());
    }

    public boolean hasTag(String key) {
        return tags.containsKey(key);
    }
}
