package io.cloudua.loadtest;

import java.util.Map;

/**
 * The concurrent-calls phase: {@code calls} calls set up at {@code cps} and held {@code holdSeconds}, the
 * gateway's live heap (after a full GC) before, at the peak and after they all ended.
 */
public record HoldResult(int calls, int cps, int holdSeconds, long peakConcurrent, long successful, long failed,
                         Double heapLiveBeforeMiB, Double heapLiveAtPeakMiB, Double heapLiveAfterMiB,
                         Double heapMaxUsedMiB, Double rssMaxMiB, Double kibPerCall, boolean pass, String verdict,
                         double tStart, double tEnd, Map<String, Object> sipp, Map<String, Object> device) { }
