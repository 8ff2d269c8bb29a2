package fi.kokemus.deploy.benchmark;

/**
 * How many profiles one search phase runs on and how many requests each of its figures is based on: warm-up
 * requests first, then the measured ones.
 */
public record SearchLoad(int profiles, int warmUp, int iterations) {

    public SearchLoad {
        if (profiles < 1 || warmUp < 0 || iterations < 1) {
            throw new IllegalArgumentException("a search load needs profiles and measured requests");
        }
    }

    /** The phase's name in the table, saying what its figures are based on. */
    public String phase() {
        return "search at " + profiles + " profiles (" + iterations + " measured requests after " + warmUp
                + " warm-up, per row)";
    }
}
