package fi.kokemus.deploy.demodata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Values picked at random in proportion to their weights. */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    Weighted(Map<T, ? extends Number> weights) {
        values = new ArrayList<>(weights.size());
        cumulative = new double[weights.size()];
        double total = 0;
        for (Map.Entry<T, ? extends Number> entry : weights.entrySet()) {
            double weight = entry.getValue().doubleValue();
            if (weight <= 0) {
                throw new IllegalArgumentException("weight of " + entry.getKey() + " must be positive");
            }
            total += weight;
            cumulative[values.size()] = total;
            values.add(entry.getKey());
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
    }

    T pick(RandomGenerator random) {
        double point = random.nextDouble(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (point < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** Up to {@code count} different values, likelier ones first more often. */
    Set<T> pickDistinct(RandomGenerator random, int count) {
        int wanted = Math.min(count, values.size());
        Set<T> picked = new LinkedHashSet<>();
        while (picked.size() < wanted) {
            picked.add(pick(random));
        }
        return picked;
    }

    List<T> values() {
        return List.copyOf(values);
    }
}
