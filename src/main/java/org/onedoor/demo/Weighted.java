package org.onedoor.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A weighted choice among values, drawn from the demo's seeded random source. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Integer> cumulative = new ArrayList<>();
    private int total;

    Weighted<T> add(int weight, T value) {
        total += weight;
        values.add(value);
        cumulative.add(total);
        return this;
    }

    T pick(Random random) {
        int roll = random.nextInt(total);
        for (int i = 0; i < values.size(); i++) {
            if (roll < cumulative.get(i)) {
                return values.get(i);
            }
        }
        throw new IllegalStateException("weights add up to " + total);
    }
}
