package io.finguard.cleanup.ebs;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import io.finguard.cleanup.aws.AwsCallException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.Filter;

/** Reads volumes: the candidates of a region (paginated) and one volume again right before it is changed. */
public final class VolumeReader {

    /** Large pages keep the number of (throttled) DescribeVolumes calls down; 500 is the API's maximum. */
    static final int PAGE_SIZE = 500;

    private final Ec2Client ec2;
    private final String region;

    public VolumeReader(Ec2Client ec2, String region) {
        this.ec2 = ec2;
        this.region = region;
    }

    /** Unattached volumes, and volumes carrying a deletion mark whatever their state (their mark may be stale). */
    public List<VolumeView> candidates() {
        Map<String, VolumeView> byId = new LinkedHashMap<>();
        for (VolumeView v : list(Filter.builder().name("status").values("available").build())) {
            byId.put(v.id(), v);
        }
        for (VolumeView v : list(Filter.builder().name("tag-key").values(DeletionMark.TAG_KEY).build())) {
            byId.putIfAbsent(v.id(), v);
        }
        return new ArrayList<>(byId.values());
    }

    /** The volume as it is now, or empty when it no longer exists. */
    public Optional<VolumeView> reread(String volumeId) {
        try {
            return AwsCall.of(AwsAction.EC2_DESCRIBE_VOLUMES,
                    () -> ec2.describeVolumes(r -> r.volumeIds(volumeId)).volumes().stream()
                            .findFirst().map(v -> VolumeView.of(region, v)));
        } catch (AwsCallException e) {
            if ("InvalidVolume.NotFound".equals(e.errorCode())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private List<VolumeView> list(Filter filter) {
        DescribeVolumesRequest request = DescribeVolumesRequest.builder().filters(filter).maxResults(PAGE_SIZE).build();
        return AwsCall.of(AwsAction.EC2_DESCRIBE_VOLUMES, () -> ec2.describeVolumesPaginator(request).volumes()
                .stream().map(v -> VolumeView.of(region, v)).toList());
    }
}
