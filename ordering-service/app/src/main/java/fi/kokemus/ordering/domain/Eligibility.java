package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether an expert can take these sessions in this county, checked at proposal, offer, acceptance
 * and rescheduling. Each refusal names the expert, the county and the exact days, so the
 * coordinator knows what is missing.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static void require(ExpertCalendar calendar, String county, Collection<Session> sessions) {
        Expert expert = calendar.expert();
        if (!expert.hasAccount()) {
            throw DomainProblem.conflict("no-account", "Expert " + expert.expertId()
                    + " has no user account to answer offers with; their organisation can link one in the registry");
        }
        if (!expert.active()) {
            throw DomainProblem.conflict("expert-inactive", "Expert " + expert.expertId() + " has paused and takes no tasks");
        }
        List<LocalDate> uncontracted = days(sessions.stream()
                .filter(session -> !expert.hasContract(county, session.localDate())).toList());
        if (!uncontracted.isEmpty()) {
            throw DomainProblem.conflict("no-contract", "Expert " + expert.expertId() + " has no assignment contract with "
                    + county + " in force on " + list(uncontracted));
        }
        List<LocalDate> unavailable = days(sessions.stream()
                .filter(session -> expert.isUnavailableOn(session.localDate())).toList());
        if (!unavailable.isEmpty()) {
            throw DomainProblem.conflict("expert-unavailable", "Expert " + expert.expertId() + " is unavailable on " + list(unavailable));
        }
        List<LocalDate> booked = days(sessions.stream()
                .filter(session -> calendar.bookings().stream()
                        .anyMatch(booking -> session.overlaps(booking.startsAt(), booking.endsAt())))
                .toList());
        if (!booked.isEmpty()) {
            throw DomainProblem.conflict("double-booked", "Expert " + expert.expertId() + " already has another task at the time of the "
                    + "sessions on " + list(booked));
        }
    }

    private static List<LocalDate> days(List<Session> sessions) {
        return sessions.stream().map(Session::localDate).distinct().sorted().toList();
    }

    private static String list(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }
}
