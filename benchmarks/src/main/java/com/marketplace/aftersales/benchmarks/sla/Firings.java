package com.marketplace.aftersales.benchmarks.sla;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A snapshot of the deadline events read so far, and the questions the report asks of them. */
public final class Firings {

    private final List<Firing> all;

    Firings(List<Firing> all) {
        this.all = all;
    }

    /** Every record of the kind whose deadline falls in {@code [dueFrom, dueTo]}, duplicates included. */
    public List<Firing> records(Firing.Kind kind, long dueFrom, long dueTo) {
        return all.stream()
                .filter(f -> f.kind() == kind && f.dueAtMillis() >= dueFrom && f.dueAtMillis() <= dueTo)
                .toList();
    }

    /**
     * The first record of each case (a duplicate, which a {@code read_committed} reader should never see, would
     * otherwise count a lag twice), in order of due time.
     */
    public List<Firing> firstPerCase(Firing.Kind kind, long dueFrom, long dueTo) {
        BitSet seen = new BitSet();
        List<Firing> first = new ArrayList<>();
        for (Firing firing : records(kind, dueFrom, dueTo)) {
            if (!seen.get(firing.caseIndex())) {
                seen.set(firing.caseIndex());
                first.add(firing);
            }
        }
        first.sort(Comparator.comparingLong(Firing::dueAtMillis));
        return first;
    }

    /** How often the deadlines in the range were announced: records, distinct event ids, distinct cases. */
    public record Counts(long records, long distinctEventIds, long distinctCases) {

        public boolean eachOnce() {
            return records == distinctEventIds && distinctEventIds == distinctCases;
        }
    }

    public Counts counts(Firing.Kind kind, long dueFrom, long dueTo) {
        List<Firing> records = records(kind, dueFrom, dueTo);
        Set<UUID> ids = new HashSet<>();
        BitSet cases = new BitSet();
        for (Firing firing : records) {
            ids.add(firing.eventId());
            cases.set(firing.caseIndex());
        }
        return new Counts(records.size(), ids.size(), cases.cardinality());
    }

    /** The cases in {@code indices} that have no record of the kind. */
    public int missing(Firing.Kind kind, int[] indices) {
        BitSet seen = new BitSet();
        all.stream().filter(f -> f.kind() == kind).forEach(f -> seen.set(f.caseIndex()));
        int missing = 0;
        for (int index : indices) {
            if (!seen.get(index)) {
                missing++;
            }
        }
        return missing;
    }

    public static long[] emittedLags(List<Firing> firings) {
        return firings.stream().mapToLong(Firing::emittedLagMillis).toArray();
    }

    public static long[] visibleLags(List<Firing> firings) {
        return firings.stream().mapToLong(Firing::visibleLagMillis).toArray();
    }

    public int size() {
        return all.size();
    }
}
