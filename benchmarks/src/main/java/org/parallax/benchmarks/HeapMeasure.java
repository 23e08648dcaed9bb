package org.parallax.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap measurements during one run, as in {@link LargeFileRun}: <b>peak used</b>, the largest used heap seen
 * by a sampler thread polling {@code MemoryMXBean} every 2 ms (garbage not yet collected included);
 * <b>peak live</b>, the largest heap occupancy right after a collection (GC notifications); <b>pool peaks</b>,
 * the sum of the heap pools' peak usage (an upper bound). All from a {@code System.gc()} at {@link #start()}.
 */
final class HeapMeasure {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private final AtomicLong live = new AtomicLong();
    private final javax.management.NotificationListener listener = (n, hb) -> {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeapPool(e.getKey())) used += e.getValue().getUsed();
        }
        live.accumulateAndGet(used, Math::max);
    };
    private volatile boolean running;
    private Thread sampler;
    long peakUsed;
    long peakLive;
    long poolPeaks;

    private boolean isHeapPool(String name) {
        for (MemoryPoolMXBean p : pools) if (p.getName().equals(name)) return true;
        return false;
    }

    void start() throws InterruptedException {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) pools.add(p);
        System.gc();
        Thread.sleep(100);
        for (MemoryPoolMXBean p : pools) p.resetPeakUsage();
        live.set(memory.getHeapMemoryUsage().getUsed());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        running = true;
        sampler = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
            peakUsed = peak.get();
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stop() throws Exception {
        running = false;
        sampler.join();
        for (MemoryPoolMXBean p : pools) {
            MemoryUsage u = p.getPeakUsage();
            poolPeaks += u.getUsed();
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).removeNotificationListener(listener);
        }
        peakLive = live.get();
    }
}
