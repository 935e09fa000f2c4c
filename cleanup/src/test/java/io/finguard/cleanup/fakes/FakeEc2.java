package io.finguard.cleanup.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateTagsRequest;
import software.amazon.awssdk.services.ec2.model.CreateTagsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteTagsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTagsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/**
 * A stateful EC2 with just the volume and snapshot calls cleanup makes. Pages are small so that every listing
 * crosses several pages; failures and "changes since the scan" are injected per volume.
 */
public final class FakeEc2 implements Ec2Client {

    private final CallLog log;
    private final Map<String, Volume> volumes = new LinkedHashMap<>();
    private final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    private final Map<String, RuntimeException> failures = new HashMap<>();
    private final Map<String, Consumer<String>> onReread = new HashMap<>();
    private final Map<String, Integer> polls = new HashMap<>();
    private int pageSize = 2;
    private int pollsUntilSnapshotCompletes = 2;
    private String snapshotEndState = "completed";
    private int nextSnapshot = 1;
    private int describeVolumesPages;

    public FakeEc2(CallLog log) {
        this.log = log;
    }

    // --- set-up -------------------------------------------------------------------------------------------------

    public FakeEc2 volume(String id, String state, int sizeGiB, String type, Instant created, Map<String, String> tags) {
        List<Tag> t = new ArrayList<>();
        tags.forEach((k, v) -> t.add(Tag.builder().key(k).value(v).build()));
        Volume.Builder b = Volume.builder().volumeId(id).state(state).size(sizeGiB).volumeType(type)
                .createTime(created).tags(t).availabilityZone("eu-west-1a");
        if ("in-use".equals(state)) {
            b.attachments(VolumeAttachment.builder().volumeId(id).instanceId("i-123").state("attached").build());
        }
        volumes.put(id, b.build());
        return this;
    }

    public FakeEc2 pageSize(int n) {
        this.pageSize = n;
        return this;
    }

    /** Makes {@code operation} (e.g. {@code DeleteVolume}) on {@code volumeId} fail with this error code. */
    public FakeEc2 fail(String operation, String volumeId, String errorCode) {
        failures.put(operation + ":" + volumeId, error(errorCode, operation + " refused for " + volumeId, 400));
        return this;
    }

    /** Runs {@code change} the first time the volume is read by id (the re-read right before a change). */
    public FakeEc2 onReread(String volumeId, Consumer<String> change) {
        onReread.put(volumeId, change);
        return this;
    }

    public void attach(String volumeId) {
        Volume v = volumes.get(volumeId);
        volumes.put(volumeId, v.toBuilder().state("in-use").attachments(VolumeAttachment.builder()
                .volumeId(volumeId).instanceId("i-456").state("attached").build()).build());
    }

    public void detach(String volumeId) {
        volumes.put(volumeId, volumes.get(volumeId).toBuilder().state("available").attachments(List.of()).build());
    }

    public FakeEc2 snapshotsEndIn(String state, int polls) {
        this.snapshotEndState = state;
        this.pollsUntilSnapshotCompletes = polls;
        return this;
    }

    // --- inspection -------------------------------------------------------------------------------------------------

    public Set<String> volumeIds() {
        return volumes.keySet();
    }

    public Map<String, String> tags(String volumeId) {
        Map<String, String> m = new HashMap<>();
        volumes.get(volumeId).tags().forEach(t -> m.put(t.key(), t.value()));
        return m;
    }

    public Map<String, Snapshot> snapshots() {
        return snapshots;
    }

    public int describeVolumesPages() {
        return describeVolumesPages;
    }

    // --- Ec2Client ------------------------------------------------------------------------------------------------

    @Override
    public DescribeVolumesResponse describeVolumes(DescribeVolumesRequest r) {
        log.record("ec2:DescribeVolumes");
        if (r.hasVolumeIds() && !r.volumeIds().isEmpty()) {
            List<Volume> found = new ArrayList<>();
            for (String id : r.volumeIds()) {
                Consumer<String> change = onReread.remove(id);
                if (change != null) {
                    change.accept(id);
                }
                Volume v = volumes.get(id);
                if (v == null) {
                    throw error("InvalidVolume.NotFound", "The volume '" + id + "' does not exist.", 400);
                }
                found.add(v);
            }
            return DescribeVolumesResponse.builder().volumes(found).build();
        }
        describeVolumesPages++;
        List<Volume> matching = volumes.values().stream().filter(v -> r.filters().stream().allMatch(f -> matches(v, f)))
                .toList();
        int size = r.maxResults() == null ? pageSize : Math.min(pageSize, r.maxResults());
        Pages.Page<Volume> page = Pages.of(matching, r.nextToken(), size);
        return DescribeVolumesResponse.builder().volumes(page.items()).nextToken(page.nextToken()).build();
    }

    private static boolean matches(Volume v, Filter f) {
        return switch (f.name()) {
            case "status" -> f.values().contains(v.stateAsString());
            case "tag-key" -> v.tags().stream().anyMatch(t -> f.values().contains(t.key()));
            default -> throw new IllegalArgumentException("fake does not know filter " + f.name());
        };
    }

    @Override
    public CreateTagsResponse createTags(CreateTagsRequest r) {
        log.record("ec2:CreateTags");
        for (String id : r.resources()) {
            failIfAsked("CreateTags", id);
            Volume v = existing(id);
            Map<String, String> tags = new LinkedHashMap<>();
            v.tags().forEach(t -> tags.put(t.key(), t.value()));
            r.tags().forEach(t -> tags.put(t.key(), t.value()));
            volumes.put(id, v.toBuilder().tags(tags.entrySet().stream()
                    .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList()).build());
        }
        return CreateTagsResponse.builder().build();
    }

    @Override
    public DeleteTagsResponse deleteTags(DeleteTagsRequest r) {
        log.record("ec2:DeleteTags");
        for (String id : r.resources()) {
            failIfAsked("DeleteTags", id);
            Volume v = existing(id);
            Set<String> keys = new java.util.HashSet<>();
            r.tags().forEach(t -> keys.add(t.key()));
            volumes.put(id, v.toBuilder().tags(v.tags().stream().filter(t -> !keys.contains(t.key())).toList()).build());
        }
        return DeleteTagsResponse.builder().build();
    }

    @Override
    public CreateSnapshotResponse createSnapshot(CreateSnapshotRequest r) {
        log.record("ec2:CreateSnapshot");
        failIfAsked("CreateSnapshot", r.volumeId());
        existing(r.volumeId());
        String id = "snap-" + nextSnapshot++;
        List<Tag> tags = r.tagSpecifications().stream().flatMap(s -> s.tags().stream()).toList();
        snapshots.put(id, Snapshot.builder().snapshotId(id).volumeId(r.volumeId()).state("pending").progress("0%")
                .tags(tags).description(r.description()).build());
        polls.put(id, 0);
        return CreateSnapshotResponse.builder().snapshotId(id).volumeId(r.volumeId()).state("pending").build();
    }

    @Override
    public DescribeSnapshotsResponse describeSnapshots(DescribeSnapshotsRequest r) {
        log.record("ec2:DescribeSnapshots");
        List<Snapshot> out = new ArrayList<>();
        for (String id : r.snapshotIds()) {
            Snapshot s = snapshots.get(id);
            if (s == null) {
                continue;
            }
            int n = polls.merge(id, 1, Integer::sum);
            if (n >= pollsUntilSnapshotCompletes && "pending".equals(s.stateAsString())) {
                s = s.toBuilder().state(snapshotEndState).progress("100%")
                        .stateMessage("error".equals(snapshotEndState) ? "internal error" : null).build();
                snapshots.put(id, s);
            }
            out.add(s);
        }
        return DescribeSnapshotsResponse.builder().snapshots(out).build();
    }

    @Override
    public DeleteVolumeResponse deleteVolume(DeleteVolumeRequest r) {
        log.record("ec2:DeleteVolume");
        failIfAsked("DeleteVolume", r.volumeId());
        Volume v = existing(r.volumeId());
        if (!"available".equals(v.stateAsString())) {
            throw error("VolumeInUse", "Volume " + r.volumeId() + " is in use", 400);
        }
        volumes.remove(r.volumeId());
        return DeleteVolumeResponse.builder().build();
    }

    private Volume existing(String id) {
        Volume v = volumes.get(id);
        if (v == null) {
            throw error("InvalidVolume.NotFound", "The volume '" + id + "' does not exist.", 400);
        }
        return v;
    }

    private void failIfAsked(String operation, String id) {
        RuntimeException e = failures.get(operation + ":" + id);
        if (e != null) {
            throw e;
        }
    }

    static Ec2Exception error(String code, String message, int status) {
        return (Ec2Exception) Ec2Exception.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
                .message(message).build();
    }

    @Override
    public String serviceName() {
        return "ec2";
    }

    @Override
    public void close() {
        // state outlives a run: the next run of a test sees what the previous one did
    }
}
