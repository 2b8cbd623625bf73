package com.marketplace.aftersales.slamonitor.clocks;

import java.util.List;

/**
 * The timers of one stream task, and where the last scan for due ones stopped.
 *
 * <p>Fired and cancelled timers are deleted, and a store like RocksDB keeps the deletions as tombstones until it
 * compacts: a scan that always began at the start of the store would step over every timer ever deleted, each
 * second. So the scan resumes at a cursor kept in memory (it is lost on restart, which costs one scan from the start).
 * Everything below the cursor is known to be done. A timer scheduled below the cursor (already due when its clock
 * started, because the event arrived late or the time scale is small) lowers the cursor to itself, so the next scan
 * still finds it; that holds for timers scheduled while a scan is firing, too.
 */
final class DueTimers {

    private final TimerStore store;
    /** Every timer below it has fired or was cancelled; null until the first scan: start of the store. */
    private String cursor;
    /** The lowest key scheduled since the current scan began; null outside a scan or if none. */
    private String lowestScheduledDuringScan;
    private boolean scanning;

    DueTimers(TimerStore store) {
        this.store = store;
    }

    void schedule(TimerKey timer) {
        String key = timer.encoded();
        store.put(key, timer.caseId().toString());
        if (cursor != null && key.compareTo(cursor) < 0) {
            cursor = key;
        }
        if (scanning && (lowestScheduledDuringScan == null || key.compareTo(lowestScheduledDuringScan) < 0)) {
            lowestScheduledDuringScan = key;
        }
    }

    void cancel(TimerKey timer) {
        store.delete(timer.encoded());
    }

    /**
     * Starts a scan: the timers due at {@code nowMillis}, oldest first, at most {@code limit}. Fire each, call
     * {@link #fired} for it, then {@link #scanDone}.
     */
    List<TimerKey> beginScan(long nowMillis, int limit) {
        scanning = true;
        lowestScheduledDuringScan = null;
        String upper = TimerKey.upperBoundOfDueBy(nowMillis);
        if (cursor != null && cursor.compareTo(upper) > 0) {
            return List.of(); // the wall clock stepped back; nothing below the cursor is left to fire
        }
        return store.keysBetween(cursor, upper, limit).stream().map(TimerKey::decode).toList();
    }

    void fired(TimerKey timer) {
        store.delete(timer.encoded());
    }

    /**
     * Ends a scan. A complete scan moves the cursor to {@code now}: every timer due by then has fired. A scan cut short
     * by its limit moves it to the last timer fired. Either way no higher than a timer scheduled meanwhile.
     */
    void scanDone(long nowMillis, List<TimerKey> due, int limit) {
        String next = due.size() < limit ? TimerKey.upperBoundOfDueBy(nowMillis) : due.get(due.size() - 1).encoded();
        if (cursor != null && cursor.compareTo(next) > 0) {
            next = cursor; // the wall clock stepped back: what was done stays done
        }
        if (lowestScheduledDuringScan != null && lowestScheduledDuringScan.compareTo(next) < 0) {
            next = lowestScheduledDuringScan;
        }
        cursor = next;
        scanning = false;
        lowestScheduledDuringScan = null;
    }

    /** Where the next scan starts; for tests and logs. */
    String cursor() {
        return cursor;
    }
}
