package io.finguard.cleanup.ebs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Monthly list price of a volume, from {@code ebs-prices.csv} beside this class (its header comment names the
 * source and date). Regions missing from the table use the row {@code *}, and the quote says so.
 */
public final class EbsPriceTable {

    private static final String RESOURCE = "ebs-prices.csv";
    private static final String FALLBACK = "*";
    private static final int GP3_FREE_IOPS = 3_000;
    private static final int GP3_FREE_THROUGHPUT = 125;

    /** A price and whether it came from the fallback row. */
    public record Quote(double monthlyUsd, boolean fallback) {
    }

    private final Map<String, Map<String, Double>> rows;

    private EbsPriceTable(Map<String, Map<String, Double>> rows) {
        if (!rows.containsKey(FALLBACK)) {
            throw new IllegalStateException(RESOURCE + " has no fallback row '*'");
        }
        this.rows = Map.copyOf(rows);
    }

    /** The table shipped with finguard. */
    public static EbsPriceTable bundled() {
        try (InputStream in = EbsPriceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EbsPriceTable parse(String csv) {
        Map<String, Map<String, Double>> rows = new HashMap<>();
        List<String> header = null;
        try (BufferedReader r = new BufferedReader(new StringReader(csv))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(t.split(",", -1));
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new IllegalStateException(RESOURCE + ": row '" + t + "' has " + cells.size()
                            + " cells, the header " + header.size());
                }
                Map<String, Double> prices = new HashMap<>();
                for (int i = 1; i < cells.size(); i++) {
                    prices.put(header.get(i), Double.parseDouble(cells.get(i)));
                }
                rows.put(cells.get(0), prices);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EbsPriceTable(rows);
    }

    /**
     * @param type       volume type as EC2 reports it ({@code gp3}, {@code io2}, …)
     * @param iops       provisioned IOPS, or null
     * @param throughput provisioned throughput in MB/s (gp3), or null
     */
    public Quote monthlyCost(String region, String type, int sizeGiB, Integer iops, Integer throughput) {
        boolean fallback = !rows.containsKey(region);
        Map<String, Double> p = rows.get(fallback ? FALLBACK : region);
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        Double perGb = p.get(t);
        if (perGb == null) {
            // an unknown (newer) volume type: price it as gp2, the most common general-purpose rate
            perGb = p.get("gp2");
            fallback = true;
        }
        double usd = perGb * sizeGiB;
        int provisioned = iops == null ? 0 : iops;
        switch (t) {
            case "io1", "io2" -> usd += p.get(t + "_iops") * provisioned;
            case "gp3" -> {
                usd += p.get("gp3_iops") * Math.max(0, provisioned - GP3_FREE_IOPS);
                int mbps = throughput == null ? 0 : throughput;
                usd += p.get("gp3_throughput") * Math.max(0, mbps - GP3_FREE_THROUGHPUT);
            }
            default -> {
                // gp2, st1, sc1 and magnetic are priced by size only
            }
        }
        return new Quote(usd, fallback);
    }
}
