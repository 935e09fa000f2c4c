package io.finguard.cleanup.ebs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finguard.cleanup.fakes.World;
import io.finguard.cleanup.model.Action;
import io.finguard.cleanup.model.ActionStatus;
import io.finguard.cleanup.model.ActionType;
import io.finguard.cleanup.model.CleanupReport;
import io.finguard.cleanup.model.JobSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Tag;

class VolumeCleanupTest {

    private final World w = new World();

    private static Map<String, String> markedAt(java.time.Instant t) {
        return Map.of(DeletionMark.TAG_KEY, DeletionMark.format(t));
    }

    private static Action only(CleanupReport r, String id, ActionType type) {
        List<Action> found = r.actions().stream().filter(a -> a.id().equals(id) && a.action() == type).toList();
        assertEquals(1, found.size(), () -> "one " + type + " action on " + id + " in " + r.actions());
        return found.get(0);
    }

    @Test
    void dryRunChangesNothing() {
        w.ec2.volume("vol-old", "available", 100, "gp3", w.daysAgo(30), Map.of())
                .volume("vol-due", "available", 50, "gp2", w.daysAgo(40), markedAt(w.daysAgo(10)))
                .volume("vol-stale", "in-use", 10, "gp3", w.daysAgo(40), markedAt(w.daysAgo(10)));
        Map<String, String> dueTags = w.ec2.tags("vol-due");

        CleanupReport r = w.run(World.settings().withApply(false));

        assertTrue(r.dryRun());
        assertEquals(ActionStatus.PLANNED, only(r, "vol-old", ActionType.MARK).status());
        assertEquals(ActionStatus.PLANNED, only(r, "vol-due", ActionType.DELETE).status());
        assertEquals(ActionStatus.PLANNED, only(r, "vol-stale", ActionType.NONE).status());
        assertEquals(List.of(), w.calls.mutations(), "a dry run only reads");
        assertEquals(3, w.ec2.volumeIds().size());
        assertEquals(dueTags, w.ec2.tags("vol-due"));
        assertFalse(w.ec2.tags("vol-old").containsKey(DeletionMark.TAG_KEY));
    }

    @Test
    void keepTagAttachedAndYoungVolumesAreNotCandidates() {
        w.ec2.volume("vol-keep", "available", 100, "gp3", w.daysAgo(30), Map.of("finguard:keep", "true"))
                .volume("vol-custom-keep", "available", 100, "gp3", w.daysAgo(30), Map.of("backup", ""))
                .volume("vol-attached", "in-use", 100, "gp3", w.daysAgo(30), Map.of())
                .volume("vol-young", "available", 100, "gp3", w.daysAgo(2), Map.of());

        CleanupReport r = w.apply();
        assertEquals(1, r.actions().size(), r.actions()::toString);
        assertEquals("vol-custom-keep", r.actions().get(0).id(), "only the default keep tag applies");

        JobSettings customKeep = new JobSettings(List.of(World.REGION), Duration.ofDays(7), "backup", Duration.ofDays(7),
                false, true, null, null);
        CleanupReport r2 = w.run(customKeep);
        Action unmark = only(r2, "vol-custom-keep", ActionType.NONE);
        assertTrue(unmark.reason().contains("has tag backup"), "--keep-tag backup protects it: " + unmark.reason());
        assertFalse(w.ec2.tags("vol-custom-keep").containsKey(DeletionMark.TAG_KEY), "and its mark is withdrawn");
        assertTrue(w.ec2.tags("vol-keep").containsKey(DeletionMark.TAG_KEY), "finguard:keep no longer protects it");
        assertEquals(List.of("ec2:CreateTags", "ec2:CreateTags", "ec2:DeleteTags"), w.calls.mutations());
    }

    @Test
    void markThenWaitForGraceThenDelete() {
        w.ec2.volume("vol-1", "available", 100, "gp3", w.daysAgo(30), Map.of());

        Action mark = only(w.apply(), "vol-1", ActionType.MARK);
        assertEquals(ActionStatus.DONE, mark.status());
        assertEquals(8.8, mark.estimatedMonthlySavingsUsd(), 1e-9, "100 GiB gp3 in eu-west-1");
        assertEquals(World.START.toString(), w.ec2.tags("vol-1").get(DeletionMark.TAG_KEY));

        w.clock.advance(Duration.ofDays(3));
        Action waiting = only(w.apply(), "vol-1", ActionType.NONE);
        assertTrue(waiting.reason().contains("deletable after 2026-11-30T12:00:00Z"), waiting.reason());
        assertTrue(w.ec2.volumeIds().contains("vol-1"));

        w.clock.advance(Duration.ofDays(4));
        Action delete = only(w.apply(), "vol-1", ActionType.DELETE);
        assertEquals(ActionStatus.DONE, delete.status());
        assertFalse(w.ec2.volumeIds().contains("vol-1"));
    }

    @Test
    void volumeAttachedSinceTheScanIsSkipped() {
        w.ec2.volume("vol-due", "available", 20, "gp2", w.daysAgo(40), markedAt(w.daysAgo(8)))
                .volume("vol-new", "available", 20, "gp2", w.daysAgo(40), Map.of())
                .onReread("vol-due", w.ec2::attach)
                .onReread("vol-new", w.ec2::attach);

        CleanupReport r = w.apply();

        Action delete = only(r, "vol-due", ActionType.DELETE);
        assertEquals(ActionStatus.SKIPPED, delete.status());
        assertTrue(delete.error().contains("in-use"), delete.error());
        assertEquals(ActionStatus.SKIPPED, only(r, "vol-new", ActionType.MARK).status());
        assertTrue(w.ec2.volumeIds().contains("vol-due"));
        assertEquals(List.of(), w.calls.mutations());
        assertFalse(r.hasFailures(), "a skip is not a failure");
    }

    @Test
    void keepTagAddedSinceTheScanIsRespected() {
        w.ec2.volume("vol-due", "available", 20, "gp2", w.daysAgo(40), markedAt(w.daysAgo(8)))
                .onReread("vol-due", id -> w.ec2.createTags(b -> b.resources(id)
                        .tags(Tag.builder().key("finguard:keep").value("yes").build())));
        w.calls.clear();

        Action delete = only(w.apply(), "vol-due", ActionType.DELETE);
        assertEquals(ActionStatus.SKIPPED, delete.status());
        assertTrue(w.ec2.volumeIds().contains("vol-due"));
    }

    @Test
    void snapshotBeforeDeleteWaitsForTheSnapshot() {
        w.ec2.volume("vol-due", "available", 20, "io2", w.daysAgo(40), markedAt(w.daysAgo(8)))
                .snapshotsEndIn("completed", 3);
        JobSettings s = World.settings().withApply(true);
        s = new JobSettings(s.regions(), s.minAge(), s.keepTag(), s.grace(), true, true, null, null);

        CleanupReport r = w.run(s);

        assertEquals(ActionStatus.DONE, only(r, "vol-due", ActionType.SNAPSHOT).status());
        assertEquals(ActionStatus.DONE, only(r, "vol-due", ActionType.DELETE).status());
        assertEquals(1, w.ec2.snapshots().size());
        var snap = w.ec2.snapshots().values().iterator().next();
        assertEquals("completed", snap.stateAsString());
        assertEquals("vol-due", snap.tags().get(0).value());
        assertEquals(3, w.calls.count("ec2:DescribeSnapshots"), "polled until completed");
        assertEquals(Duration.ofSeconds(30), Duration.between(World.START, w.clock.instant()),
                "two waits of the poll interval, on the injected clock");
        List<String> order = w.calls.mutations();
        assertEquals(List.of("ec2:CreateSnapshot", "ec2:DeleteVolume"), order);
        assertFalse(w.ec2.volumeIds().contains("vol-due"));
    }

    @Test
    void failedSnapshotKeepsTheVolume() {
        w.ec2.volume("vol-due", "available", 20, "gp3", w.daysAgo(40), markedAt(w.daysAgo(8)))
                .snapshotsEndIn("error", 2);
        JobSettings s = new JobSettings(List.of(World.REGION), Duration.ofDays(7), "finguard:keep", Duration.ofDays(7),
                true, true, null, null);

        CleanupReport r = w.run(s);

        Action snapshot = only(r, "vol-due", ActionType.SNAPSHOT);
        assertEquals(ActionStatus.FAILED, snapshot.status());
        assertTrue(snapshot.error().contains("error"), snapshot.error());
        assertEquals(ActionStatus.SKIPPED, only(r, "vol-due", ActionType.DELETE).status());
        assertTrue(w.ec2.volumeIds().contains("vol-due"));
        assertTrue(r.hasFailures());
    }

    @Test
    void paginatesOverSeveralPages() {
        for (int i = 1; i <= 7; i++) {
            w.ec2.volume("vol-" + i, "available", 10, "gp3", w.daysAgo(30), Map.of());
        }
        w.ec2.volume("vol-m", "in-use", 10, "gp3", w.daysAgo(30), markedAt(w.daysAgo(1)));
        w.ec2.pageSize(2);

        CleanupReport r = w.apply();

        assertEquals(8, r.actions().size());
        assertEquals(7, r.actions().stream().filter(a -> a.action() == ActionType.MARK).count());
        assertTrue(w.ec2.describeVolumesPages() >= 5, "4 pages of available volumes + 1 of marked ones");
        for (int i = 1; i <= 7; i++) {
            assertTrue(w.ec2.tags("vol-" + i).containsKey(DeletionMark.TAG_KEY), "vol-" + i);
        }
    }

    @Test
    void oneFailureDoesNotStopTheRest() {
        for (int i = 1; i <= 5; i++) {
            w.ec2.volume("vol-" + i, "available", 10, "gp3", w.daysAgo(30), markedAt(w.daysAgo(8)));
        }
        w.ec2.fail("DeleteVolume", "vol-3", "UnauthorizedOperation");

        CleanupReport r = w.apply();

        Action failed = only(r, "vol-3", ActionType.DELETE);
        assertEquals(ActionStatus.FAILED, failed.status());
        assertTrue(failed.error().startsWith("ec2:DeleteVolume failed: UnauthorizedOperation"), failed.error());
        assertEquals(4, r.summary().done());
        assertEquals(1, r.summary().failed());
        assertEquals(java.util.Set.of("vol-3"), w.ec2.volumeIds());
        assertTrue(r.hasFailures());
    }

    @Test
    void staleMarkOnAnAttachedVolumeIsRemoved() {
        w.ec2.volume("vol-back", "in-use", 10, "gp3", w.daysAgo(30), markedAt(w.daysAgo(20)));

        Action a = only(w.apply(), "vol-back", ActionType.NONE);

        assertEquals(ActionStatus.DONE, a.status());
        assertEquals(0.0, a.estimatedMonthlySavingsUsd());
        assertFalse(w.ec2.tags("vol-back").containsKey(DeletionMark.TAG_KEY));
        assertEquals(List.of("ec2:DeleteTags"), w.calls.mutations());
    }

    @Test
    void markRenewedSinceTheScanRestartsTheGracePeriod() {
        w.ec2.volume("vol-due", "available", 10, "gp3", w.daysAgo(30), markedAt(w.daysAgo(8)))
                .onReread("vol-due", id -> w.ec2.createTags(b -> b.resources(id)
                        .tags(Tag.builder().key(DeletionMark.TAG_KEY).value(DeletionMark.format(w.clock.instant())).build())));

        Action delete = only(w.apply(), "vol-due", ActionType.DELETE);

        assertEquals(ActionStatus.SKIPPED, delete.status());
        assertTrue(w.ec2.volumeIds().contains("vol-due"));
    }

    @Test
    void volumeDeletedSinceTheScanIsSkipped() {
        w.ec2.volume("vol-gone", "available", 10, "gp3", w.daysAgo(30), Map.of())
                .onReread("vol-gone", id -> w.ec2.deleteVolume(b -> b.volumeId(id)));

        Action mark = only(w.apply(), "vol-gone", ActionType.MARK);

        assertEquals(ActionStatus.SKIPPED, mark.status());
        assertEquals("volume no longer exists", mark.error());
    }

    @Test
    void snapshotThatNeverCompletesKeepsTheVolumeAfterTheTimeout() {
        w.ec2.volume("vol-slow", "available", 2000, "sc1", w.daysAgo(40), markedAt(w.daysAgo(8)))
                .snapshotsEndIn("completed", Integer.MAX_VALUE);
        JobSettings s = new JobSettings(List.of(World.REGION), Duration.ofDays(7), "finguard:keep", Duration.ofDays(7),
                true, true, null, null);

        CleanupReport r = w.run(s);

        Action snapshot = only(r, "vol-slow", ActionType.SNAPSHOT);
        assertEquals(ActionStatus.FAILED, snapshot.status());
        assertTrue(snapshot.error().contains("not completed within PT10M"), snapshot.error());
        assertTrue(w.ec2.volumeIds().contains("vol-slow"));
        assertTrue(Duration.between(World.START, w.clock.instant()).compareTo(VolumePlanner.SNAPSHOT_TIMEOUT) <= 0,
                "never waits past the timeout");
    }

    @Test
    void reattachedVolumeGetsAFullGracePeriodWhenDetachedAgain() {
        w.ec2.volume("vol-1", "available", 10, "gp3", w.daysAgo(30), Map.of());
        w.apply();
        w.ec2.attach("vol-1");
        w.clock.advance(Duration.ofDays(10));
        w.apply();
        assertFalse(w.ec2.tags("vol-1").containsKey(DeletionMark.TAG_KEY), "the stale mark is removed");

        w.ec2.detach("vol-1");
        Action a = only(w.apply(), "vol-1", ActionType.MARK);

        assertEquals(ActionStatus.DONE, a.status(), "marked again, not deleted on an old mark");
        assertTrue(w.ec2.volumeIds().contains("vol-1"));
    }
}
