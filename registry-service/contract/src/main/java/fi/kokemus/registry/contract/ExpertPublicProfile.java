package fi.kokemus.registry.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The bookable side of an expert: a full snapshot, so a consumer's projection is simply replaced.
 *
 * @param expertId       registry id
 * @param username       login name of the expert's account, used to recognise the expert when they act
 * @param displayName    name shown to staff (first name and initial of the last name)
 * @param homeCounty     wellbeing services county code where the expert lives
 * @param organisationId background organisation (NGO) that maintains the record
 * @param roles          e.g. {@code EXPERT_BY_EXPERIENCE}, {@code DEVELOPER_CUSTOMER}, {@code PEER_SUPPORTER}
 * @param topics         experience topic codes
 * @param languages      ISO 639-1 codes
 * @param municipality   municipality code (Statistics Finland)
 * @param taskTypes      task type codes the expert is willing to do
 * @param active         false while the expert has paused
 * @param feeWanted      false for volunteers (reimbursements only)
 * @param contracts      assignment contracts in force or coming, per county
 */
public record ExpertPublicProfile(
        String expertId,
        String username,
        String displayName,
        String homeCounty,
        String organisationId,
        Set<String> roles,
        Set<String> topics,
        Set<String> languages,
        String municipality,
        Set<String> taskTypes,
        boolean active,
        boolean feeWanted,
        List<AssignmentContract> contracts) {

    /** An assignment contract (toimeksiantosopimus) with one county, valid on the days between the dates. */
    public record AssignmentContract(String county, LocalDate validFrom, LocalDate validUntil) {
    }
}
