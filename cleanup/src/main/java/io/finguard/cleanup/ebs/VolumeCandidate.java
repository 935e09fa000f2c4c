package io.finguard.cleanup.ebs;

import io.finguard.cleanup.model.Action;
import io.finguard.cleanup.model.ActionType;
import io.finguard.cleanup.model.ResourceType;
import java.util.Locale;

/**
 * A scanned volume with its price, and the words that describe it in a report.
 *
 * @param monthlyUsd       what the volume costs per month, i.e. what deleting it saves
 * @param fallbackPrice    the price came from the table's fallback row
 */
public record VolumeCandidate(VolumeView volume, double monthlyUsd, boolean fallbackPrice) {

    /** "100 GiB gp3 volume, unattached, created 2026-10-01T…" plus a price note when the fallback was used. */
    public String describe() {
        return volume.sizeGiB() + " GiB " + volume.type() + " volume, " + volume.state() + ", created "
                + volume.createTime() + ", ~$" + String.format(Locale.ROOT, "%.2f", monthlyUsd) + "/month"
                + (fallbackPrice ? " (fallback price: region or type not in the price table)" : "");
    }

    public Action planned(ActionType type, String reason, double savingsUsd) {
        return Action.planned(ResourceType.EBS_VOLUME, volume.id(), volume.region(), type, reason, savingsUsd);
    }
}
