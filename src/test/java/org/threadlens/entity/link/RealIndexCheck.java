package org.threadlens.entity.link;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The by-hand check of the real index (not a test: it needs CoreNLP's 227 MB KBP jar). Builds or opens the index in
 * {@code $THREADLENS_CACHE} (with the jar in the local Maven repository or that cache), prints build or open time,
 * size on disk and peak heap, times lookups of surfaces read from a table file (arg 0, optional), and prints the
 * linker's decisions for a fixed list of names. Run it with {@code -Xmx2g} (and {@code -Xlog:gc} for the heap):
 * <pre>
 * THREADLENS_CACHE=/tmp/tlcache java -Xmx2g -cp target/classes:target/test-classes \
 *     org.threadlens.entity.link.RealIndexCheck /tmp/wikidict.tab
 * </pre>
 */
public final class RealIndexCheck {
    private RealIndexCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path cache = CacheDirectory.resolve();
        long start = System.nanoTime();
        try (LinkIndex index = LinkIndex.openOrBuild(cache, printing())) {
            System.out.printf("open or build: %.1f s; heap pools' peaks summed (an upper bound): %d MB%n",
                    (System.nanoTime() - start) / 1e9, peakHeapMb());
            System.out.println(index.describe());
            System.out.printf("size on disk: %d MB%n", sizeOnDisk(index.directory()) / 1_000_000);
            long reopen = System.nanoTime();
            LinkIndex.open(index.directory()).close();
            System.out.printf("open with CRC32C check: %.2f s%n", (System.nanoTime() - reopen) / 1e9);
            if (args.length > 0) {
                timeLookups(index, Path.of(args[0]));
            }
            RealLinkDecisions.print(index);
        }
    }

    private static Progress printing() {
        return new Progress() {
            private long lastPercent = -1;

            @Override
            public void downloading(long done, long total) {
                System.out.printf("download %d / %d bytes%n", done, total);
            }

            @Override
            public void building(long done, long total) {
                long percent = total > 0 ? done * 100 / total : -1;
                if (percent / 10 != lastPercent / 10) {
                    System.out.printf("build: %d / %d compressed bytes (%d%%)%n", done, total, percent);
                    lastPercent = percent;
                }
            }

            @Override
            public void note(String message) {
                System.out.println(message);
            }
        };
    }

    private static void timeLookups(LinkIndex index, Path table) throws Exception {
        List<String> hits = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String s = in.readLine(); s != null && hits.size() < 100_000; s = in.readLine()) {
                if (line++ % 200 == 0 && s.indexOf('\t') > 0) {
                    hits.add(s.substring(0, s.indexOf('\t')));
                }
            }
        }
        List<String> misses = hits.stream().map(s -> s + " #absent").toList();
        for (int round = 0; round < 5; round++) {
            System.out.printf("round %d: %s; %s%n", round, time(index, hits, "present"), time(index, misses, "absent"));
        }
    }

    private static String time(LinkIndex index, List<String> surfaces, String what) {
        long found = 0;
        long start = System.nanoTime();
        for (String s : surfaces) {
            found += index.lookup(s).isPresent() ? 1 : 0;
        }
        long ns = System.nanoTime() - start;
        return String.format("%d %s surfaces (%d found): %d ns per lookup, %.0f lookups/s", surfaces.size(), what,
                found, ns / surfaces.size(), surfaces.size() * 1e9 / ns);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1_000_000;
    }

    private static long sizeOnDisk(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
