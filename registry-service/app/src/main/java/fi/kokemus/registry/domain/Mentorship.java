package fi.kokemus.registry.domain;

/** A senior expert who mentors a new one for a period. */
public record Mentorship(ExpertId mentorId, DatePeriod period) {

    public Mentorship {
        Checks.present(mentorId, "mentorId");
        Checks.present(period, "period");
    }
}
