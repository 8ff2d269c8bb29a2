package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.domain.AssignmentContract;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.DatePeriod;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.ExpertState;
import fi.kokemus.registry.domain.Mentorship;
import fi.kokemus.registry.domain.Training;
import fi.kokemus.registry.domain.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The whole record: for the expert, coordinators of counties the expert is visible to, and the owning NGO. */
record ExpertResponse(
        String id,
        String organisationId,
        String externalId,
        List<String> organisations,
        String username,
        String firstName,
        String lastName,
        String displayName,
        String homeCounty,
        String municipality,
        List<String> roles,
        List<TrainingView> trainings,
        List<String> topics,
        List<String> lifeSituations,
        List<String> diagnoses,
        List<String> languages,
        List<String> taskTypes,
        String wishes,
        boolean feeWanted,
        Contact contact,
        List<ConsentView> consents,
        AvailabilityView availability,
        List<ContractView> contracts,
        LocalDate confidentialityCommitment,
        MentorView mentor,
        boolean membershipEnded,
        boolean bookable,
        List<MergedMember> mergedMembers) implements ExpertViewResponse {

    /** Another organisation's member whose record a coordinator merged into this one. */
    record MergedMember(String organisationId, String externalId) {
    }

    record Contact(String email, String phone) {

        static Contact of(ContactDetails contact) {
            return new Contact(contact.email().orElse(null), contact.phone().orElse(null));
        }
    }

    record TrainingView(String type, int hours, String provider, LocalDate completedOn, LocalDate validUntil) {

        static TrainingView of(Training training) {
            return new TrainingView(training.type().name(), training.hours(), training.provider(),
                    training.completedOn(), training.validUntil().orElse(null));
        }
    }

    record ConsentView(String kind, boolean granted, Instant decidedAt, String textVersion) {

        static ConsentView of(ConsentDecision decision) {
            return new ConsentView(decision.kind().name(), decision.granted(), decision.decidedAt(),
                    decision.textVersion());
        }
    }

    record Period(LocalDate from, LocalDate until) {

        static Period of(DatePeriod period) {
            return new Period(period.from(), period.until());
        }
    }

    record AvailabilityView(boolean paused, String pauseReason, List<Period> unavailable) {

        static AvailabilityView of(Availability availability) {
            return new AvailabilityView(availability.paused(), availability.pauseReason().orElse(null),
                    availability.unavailable().stream().map(Period::of).toList());
        }
    }

    record ContractView(String county, LocalDate validFrom, LocalDate validUntil) {

        static ContractView of(AssignmentContract contract) {
            return new ContractView(contract.county().code(), contract.validFrom(),
                    contract.validUntil().orElse(null));
        }
    }

    record MentorView(String mentorId, Period period) {

        static MentorView of(Mentorship mentorship) {
            return new MentorView(mentorship.mentorId().value(), Period.of(mentorship.period()));
        }
    }

    static ExpertResponse of(ExpertView.Full record) {
        ExpertState state = record.state();
        ExpertProfile profile = state.profile();
        return new ExpertResponse(
                record.id().value(),
                record.member().organisationId(),
                record.member().externalId(),
                List.copyOf(record.publicProfile().organisations()),
                profile.username().map(Username::value).orElse(null),
                profile.name().firstName(),
                profile.name().lastName(),
                profile.displayName(),
                profile.homeCounty().code(),
                profile.municipality().value(),
                Codes.of(profile.roles()),
                profile.trainings().stream().map(TrainingView::of).toList(),
                Codes.of(profile.topics()),
                Codes.of(profile.lifeSituations()),
                Codes.of(profile.diagnoses()),
                Codes.of(profile.preferences().languages()),
                Codes.of(profile.preferences().taskTypes()),
                profile.preferences().wishes().orElse(null),
                profile.feeWanted(),
                Contact.of(profile.preferences().contact()),
                state.consents().decisions().stream().map(ConsentView::of).toList(),
                AvailabilityView.of(state.availability()),
                state.contracts().stream().map(ContractView::of).toList(),
                state.confidentialityCommitment().orElse(null),
                state.mentor().map(MentorView::of).orElse(null),
                state.membershipEnded(),
                record.publicProfile().active(),
                record.mergedMembers().stream()
                        .map(merged -> new MergedMember(merged.organisationId(), merged.externalId())).toList());
    }
}
