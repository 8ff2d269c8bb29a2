package fi.kokemus.ordering.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.notification.ReminderSchedule.DueReminder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderScheduleTest {

    private final ReminderSchedule itaUusimaa = new ReminderSchedule(Map.of("ita-uusimaa", 9), List.of(0, 3));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2027-02-05, none",
            "2027-02-06, 3",
            "2027-02-07, 3",
            "2027-02-08, 3",
            "2027-02-09, 0",
            "2027-02-10, none",
    })
    void itaUusimaaRemindsThreeDaysBeforeTheNinthAndOnTheDay(LocalDate today, String expected) {
        List<DueReminder> due = itaUusimaa.dueOn(today);

        if (expected.equals("none")) {
            assertThat(due).isEmpty();
        } else {
            assertThat(due).containsExactly(new DueReminder("ita-uusimaa", YearMonth.of(2027, 1),
                    LocalDate.of(2027, 2, 9), Integer.parseInt(expected)));
        }
    }

    @Test
    void decembersWorkIsDueOnTheNinthOfJanuaryOfTheNextYear() {
        assertThat(itaUusimaa.dueOn(LocalDate.of(2027, 1, 6)))
                .containsExactly(new DueReminder("ita-uusimaa", YearMonth.of(2026, 12), LocalDate.of(2027, 1, 9), 3));
    }

    @Test
    void anEarlyCutOffPutsTheFirstReminderInTheWorkMonthItselfAcrossFebruarysEnd() {
        var firstOfMonth = new ReminderSchedule(Map.of("pohjois-pohjanmaa", 1), List.of(3, 0));

        assertThat(firstOfMonth.dueOn(LocalDate.of(2027, 2, 26))).containsExactly(
                new DueReminder("pohjois-pohjanmaa", YearMonth.of(2027, 2), LocalDate.of(2027, 3, 1), 3));
        assertThat(firstOfMonth.dueOn(LocalDate.of(2028, 2, 27))).containsExactly(
                new DueReminder("pohjois-pohjanmaa", YearMonth.of(2028, 2), LocalDate.of(2028, 3, 1), 3));
        assertThat(firstOfMonth.dueOn(LocalDate.of(2027, 2, 25))).isEmpty();
        assertThat(firstOfMonth.dueOn(LocalDate.of(2027, 3, 1))).containsExactly(
                new DueReminder("pohjois-pohjanmaa", YearMonth.of(2027, 2), LocalDate.of(2027, 3, 1), 0));
    }

    @Test
    void eachConfiguredCountyHasItsOwnCutOff() {
        var two = new ReminderSchedule(Map.of("ita-uusimaa", 9, "keski-pohjanmaa", 6), List.of(3, 0));

        assertThat(two.dueOn(LocalDate.of(2027, 2, 6))).extracting(DueReminder::county, DueReminder::daysBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ita-uusimaa", 3),
                        org.assertj.core.groups.Tuple.tuple("keski-pohjanmaa", 0));
    }

    @Test
    void aCutOffDayNotInEveryMonthIsRefused() {
        assertThatThrownBy(() -> new ReminderSchedule(Map.of("ita-uusimaa", 31), List.of(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ita-uusimaa");
    }
}
