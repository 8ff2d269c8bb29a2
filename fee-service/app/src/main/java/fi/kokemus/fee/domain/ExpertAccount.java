package fi.kokemus.fee.domain;

/** An expert as fee-service knows them from their fee lines: the registry id and the account's username. */
public record ExpertAccount(String expertId, String username) {
}
