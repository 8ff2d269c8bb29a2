package fi.kokemus.fee.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a county pays: work reported by the {@code cutOffDay} of a month (Finnish time) is paid on the
 * last day of that month; what is recorded later rolls to the next month.
 */
public record PaymentSchedule(int cutOffDay) {

    /** The last day every month has, so the cut-off never falls outside the month. */
    private static final int LATEST_CUT_OFF_DAY = 28;

    public PaymentSchedule {
        if (cutOffDay < 1 || cutOffDay > LATEST_CUT_OFF_DAY) {
            throw new IllegalArgumentException("A cut-off day is 1–" + LATEST_CUT_OFF_DAY + ", not " + cutOffDay);
        }
    }

    /** The first instant too late for the month's batch: midnight after the cut-off day in Finland. */
    public Instant cutOff(YearMonth month) {
        return month.atDay(cutOffDay).plusDays(1).atStartOfDay(FinnishCalendar.ZONE).toInstant();
    }

    public LocalDate paymentDate(YearMonth month) {
        return month.atEndOfMonth();
    }

    /** The batch a line recorded at {@code recordedAt} belongs to. */
    public YearMonth paymentMonthOf(Instant recordedAt) {
        LocalDate recorded = FinnishCalendar.dateOf(recordedAt);
        YearMonth month = YearMonth.from(recorded);
        return recorded.getDayOfMonth() <= cutOffDay ? month : month.plusMonths(1);
    }
}
