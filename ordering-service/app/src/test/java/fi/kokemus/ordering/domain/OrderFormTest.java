package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.OrderingFixtures.NEXT_WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderFormTest {

    private static OrderForm form(String taskType, int durationMinutes, String language, String description) {
        return new OrderForm(taskType, "Recovery", Audience.STUDENTS, NEXT_WEEK, durationMinutes, new Venue.Remote(),
                "CC-1", language, description);
    }

    @ParameterizedTest
    @CsvSource({
        "lecture, 60, fi, taskType",
        "LECTURE, 14, fi, durationMinutes",
        "LECTURE, 1441, fi, durationMinutes",
        "LECTURE, 60, fin, language",
        "LECTURE, 60, FI, language"
    })
    void refusesValuesOutsideTheForm(String taskType, int duration, String language, String field) {
        assertThatThrownBy(() -> form(taskType, duration, language, null))
                .isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("kind", DomainProblem.Kind.INVALID)
                .hasFieldOrPropertyWithValue("field", field);
    }

    @Test
    void acceptsTheLimits() {
        assertThat(form("LECTURE", 15, "fi", "x".repeat(2000)).durationMinutes()).isEqualTo(15);
        assertThat(form("LECTURE", 1440, "sv", null).description()).isEmpty();
    }

    @Test
    void refusesATooLongDescription() {
        assertThatThrownBy(() -> form("LECTURE", 60, "fi", "x".repeat(2001)))
                .hasFieldOrPropertyWithValue("field", "description");
    }

    @Test
    void keepsTheStartToTheMillisecond() {
        Instant precise = Instant.parse("2026-03-09T10:15:30.123456789Z");
        OrderForm form = new OrderForm("LECTURE", "Recovery", Audience.PUBLIC, precise, 60, new Venue.Remote(), "CC-1", "fi", "");

        assertThat(form.startsAt()).isEqualTo(Instant.parse("2026-03-09T10:15:30.123Z"));
    }

    @Test
    void aVenueIsEitherAPlaceOrRemote() {
        assertThat(Venue.of("Kokkola", false)).isEqualTo(new Venue.OnSite("Kokkola"));
        assertThat(Venue.of(null, true)).isEqualTo(new Venue.Remote());
        assertThatThrownBy(() -> Venue.of("Kokkola", true)).hasFieldOrPropertyWithValue("code", "invalid-venue");
        assertThatThrownBy(() -> Venue.of(" ", false)).hasFieldOrPropertyWithValue("code", "invalid-venue");
    }

    @ParameterizedTest
    @CsvSource({"0, 60, occasions", "51, 60, occasions", "1, 0, minutesWorked", "1, 1441, minutesWorked"})
    void aWorkReportStaysWithinItsLimits(int occasions, int minutes, String field) {
        assertThatThrownBy(() -> new WorkReport(occasions, minutes)).hasFieldOrPropertyWithValue("field", field);
    }

    @Test
    void aWorkReportAcceptsItsLimits() {
        assertThat(new WorkReport(50, 1440)).isEqualTo(new WorkReport(50, 1440));
        assertThat(new WorkReport(1, 1).occasions()).isEqualTo(1);
    }
}
