package org.onedoor.demo;

/**
 * One stage of demo generation, run in {@link #order()} inside the generator's transaction-free loop. Steps must be
 * deterministic for a given seed and must write through module APIs (bulk ones for volume).
 */
interface DemoStep {

    int order();

    String name();

    /** How many units of work the step will report, for the progress bar. */
    long size(DemoSettings settings);

    void run(DemoContext context, Progress progress);
}
