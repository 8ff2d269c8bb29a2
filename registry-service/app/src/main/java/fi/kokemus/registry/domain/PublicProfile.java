package fi.kokemus.registry.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What county staff may know to find and book an expert, and what the registry's events carry:
 * no full name, no contact details, no diagnoses, no pause reason, no consents beyond whether
 * other counties may book the expert.
 *
 * @param username                 the expert's account, so other services recognise the expert when they act
 * @param organisations            the owning NGO and any other background organisations
 * @param active                   bookable at all: listed, a member, not paused
 * @param bookableOutsideHomeCounty the expert consented to disclosure outside the home county
 * @param unavailable              days the expert cannot take tasks (reasons are not shared)
 */
public record PublicProfile(
        ExpertId expertId,
        String organisationId,
        Set<String> organisations,
        Optional<Username> username,
        String displayName,
        County homeCounty,
        MunicipalityCode municipality,
        Set<ExpertRole> roles,
        Set<TopicCode> topics,
        Set<TopicCode> lifeSituations,
        Set<LanguageCode> languages,
        Set<TaskTypeCode> taskTypes,
        boolean feeWanted,
        boolean active,
        boolean bookableOutsideHomeCounty,
        List<DatePeriod> unavailable,
        List<AssignmentContract> contracts) {
}
