package fi.kokemus.fee.domain;

/** What happened to a fee line, for the services that follow fees. */
public sealed interface FeeLineEvent permits FeeLineApproved, FeeLineReversed {

    FeeLine line();
}
