package fi.kokemus.ordering.domain;

/**
 * What the expert reports after the work.
 *
 * @param occasions     occasions held (per-occasion tariffs pay by them)
 * @param minutesWorked time actually worked (hourly tariffs pay by it)
 */
public record WorkReport(int occasions, int minutesWorked) {

    public static final int MAX_OCCASIONS = 50;
    public static final int MAX_MINUTES_WORKED = 1440;

    public WorkReport {
        Checks.between(occasions, 1, MAX_OCCASIONS, "occasions");
        Checks.between(minutesWorked, 1, MAX_MINUTES_WORKED, "minutesWorked");
    }
}
