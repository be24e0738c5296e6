package dev.profilesync.standalone.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.slf4j.LoggerFactory;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Watches the heap while the benchmark runs. Used heap is sampled every few milliseconds for the peak (garbage not
 * yet collected included: an upper bound), and once a second into a series labelled with the current phase. Heap
 * used after each garbage collection comes from the JVM's GC notifications: it is what the GC could not free, the
 * figure a GC log shows after "->", and the one compared with the heap target. Thread-safe.
 */
public final class HeapSampler implements AutoCloseable {
    private static final long PEAK_INTERVAL_MILLIS = 5;
    private static final long SERIES_INTERVAL_MILLIS = 1_000;
    private static final long MIB = 1024 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong afterLastGc = new AtomicLong();
    private final Map<String, PhasePeaks> phases = new LinkedHashMap<>();
    private final List<BenchResult.HeapSample> series = new ArrayList<>();
    private final NotificationListener gcListener = this::collected;
    private final long startNanos = System.nanoTime();
    private final Thread thread;
    private volatile String phase = "start";
    private volatile boolean running = true;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    public static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(sampler.gcListener, null, null);
            }
        }
        sampler.thread.start();
        return sampler;
    }

    /** Labels the samples from now on; the phase's peaks start from nothing. */
    public synchronized void phase(String name) {
        phase = name;
        PhasePeaks peaks = new PhasePeaks();
        // What the last collection left stays the heap after GC until the next one, which may come later.
        peaks.afterGc(afterLastGc.get());
        phases.put(name, peaks);
    }

    /** The phase's peaks, with the live heap measured now after a full collection. */
    public BenchResult.PhaseHeap endPhase() {
        long live = liveBytes();
        synchronized (this) {
            PhasePeaks peaks = phases.getOrDefault(phase, new PhasePeaks());
            return new BenchResult.PhaseHeap(phase, peaks.used / MIB, peaks.afterGc / MIB, live / MIB);
        }
    }

    private void sample() {
        long nextSeries = System.nanoTime();
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            peak.accumulateAndGet(used, Math::max);
            synchronized (this) {
                phases.computeIfAbsent(phase, p -> new PhasePeaks()).used(used);
                if (System.nanoTime() >= nextSeries) {
                    series.add(new BenchResult.HeapSample(Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0,
                            phase, used / MIB, afterLastGc.get() / MIB));
                    nextSeries += SERIES_INTERVAL_MILLIS * 1_000_000;
                }
            }
            try {
                Thread.sleep(PEAK_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        // The GC reports every pool it manages, metaspace and code cache included: count only the heap's.
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        afterLastGc.set(after);
        synchronized (this) {
            phases.computeIfAbsent(phase, p -> new PhasePeaks()).afterGc(after);
        }
    }

    public long peakBytes() {
        return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
    }

    /** The highest heap used after any collection while the sampler ran. */
    public synchronized long peakAfterGcBytes() {
        return phases.values().stream().mapToLong(p -> p.afterGc).max().orElse(0);
    }

    public synchronized List<BenchResult.HeapSample> series() {
        return List.copyOf(series);
    }

    /** Heap still in use after a full collection: what is really held. */
    public static long liveBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(gcListener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // Added in start() to every emitter; nothing to remove means nothing to leak.
                    LoggerFactory.getLogger(HeapSampler.class).debug("GC listener already gone", e);
                }
            }
        }
    }

    /** Highest used and after-GC heap within one phase. */
    private static final class PhasePeaks {
        long used;
        long afterGc;

        void used(long bytes) {
            used = Math.max(used, bytes);
        }

        void afterGc(long bytes) {
            afterGc = Math.max(afterGc, bytes);
        }
    }
}
