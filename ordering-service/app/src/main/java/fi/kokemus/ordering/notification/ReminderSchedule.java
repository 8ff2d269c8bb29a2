package fi.kokemus.ordering.notification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When experts are reminded to report their work: a county pays a month's work only if it is
 * reported by a day of the following month (Itä-Uusimaa: the 9th). Reminders go out a number of
 * days before that cut-off and on the day. If the job missed a reminder's day, that reminder is
 * still due until the next one's day, so a late start still reminds once and never twice.
 *
 * @param cutoffDayByCounty day of the following month a county's fee reports are due, by county id
 * @param daysBefore        days before the cut-off a reminder goes out, e.g. {@code [3, 0]}
 */
public record ReminderSchedule(Map<String, Integer> cutoffDayByCounty, List<Integer> daysBefore) {

    public ReminderSchedule {
        cutoffDayByCounty = Map.copyOf(cutoffDayByCounty);
        cutoffDayByCounty.forEach((county, day) -> {
            if (day < 1 || day > 28) {
                throw new IllegalArgumentException("The cut-off day of " + county + " must be 1–28, not " + day);
            }
        });
        daysBefore = daysBefore.stream().sorted(Comparator.reverseOrder()).distinct().toList();
        if (daysBefore.isEmpty() || daysBefore.get(daysBefore.size() - 1) < 0) {
            throw new IllegalArgumentException("Reminders need days before the cut-off, none negative: " + daysBefore);
        }
    }

    /** The reminders due on {@code today} (a local date in the counties' time zone). */
    public List<DueReminder> dueOn(LocalDate today) {
        List<DueReminder> due = new ArrayList<>();
        new TreeMap<>(cutoffDayByCounty).forEach((county, day) -> {
            for (YearMonth workMonth : List.of(YearMonth.from(today).minusMonths(1), YearMonth.from(today))) {
                LocalDate cutoff = workMonth.plusMonths(1).atDay(day);
                latestReminderBy(today, cutoff)
                        .ifPresent(days -> due.add(new DueReminder(county, workMonth, cutoff, days)));
            }
        });
        return due;
    }

    private Optional<Integer> latestReminderBy(LocalDate today, LocalDate cutoff) {
        if (today.isAfter(cutoff)) {
            return Optional.empty();
        }
        return daysBefore.stream().filter(days -> !today.isBefore(cutoff.minusDays(days))).reduce((first, next) -> next);
    }

    /** One reminder round: the county's experts with unreported work of {@code workMonth}. */
    public record DueReminder(String county, YearMonth workMonth, LocalDate cutoff, int daysBefore) {
    }
}
