package fi.kokemus.registry.domain;

import java.util.Optional;
import java.util.Set;

/**
 * What county staff may know to find and book an expert, and what the registry's events carry:
 * no full name, no contact details, no consents.
 *
 * @param username the expert's account, so other services recognise the expert when they act
 */
public record PublicProfile(
        ExpertId expertId,
        String organisationId,
        Optional<Username> username,
        String displayName,
        County homeCounty,
        MunicipalityCode municipality,
        Set<ExpertRole> roles,
        Set<TopicCode> topics,
        Set<LanguageCode> languages,
        Set<TaskTypeCode> taskTypes,
        boolean feeWanted,
        boolean active) {
}
