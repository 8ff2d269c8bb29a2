package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;

/** The expert exists but cannot be offered this order. */
public class ExpertNotEligibleException extends DomainProblem {

    private ExpertNotEligibleException(String code, String detail) {
        super(Kind.CONFLICT, code, detail, null);
    }

    static ExpertNotEligibleException paused(Expert expert) {
        return new ExpertNotEligibleException("expert-inactive",
                "Expert " + expert.expertId() + " has paused and takes no offers");
    }

    static ExpertNotEligibleException outsideCounty(Expert expert, String county) {
        return new ExpertNotEligibleException("expert-outside-county",
                "Expert " + expert.expertId() + " neither lives in " + county + " nor has a contract with it");
    }
}
