package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.FeeLineQuery;
import fi.kokemus.fee.application.port.in.GetFeeLineUseCase;
import fi.kokemus.fee.application.port.in.ListFeeLinesUseCase;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;

/** Finance and coordinators read their own county's fee lines; admins read every county's. */
public class ReadFeeLinesService implements ListFeeLinesUseCase, GetFeeLineUseCase {

    private static final Role[] READERS = {Role.FINANCE, Role.COORDINATOR, Role.ADMIN};

    private final FeeLineRepository feeLines;

    public ReadFeeLinesService(FeeLineRepository feeLines) {
        this.feeLines = feeLines;
    }

    @Override
    public List<FeeLine> list(Actor actor, FeeLineQuery query) {
        actor.requireAny(READERS);
        String county = query.county() != null ? query.county() : actor.county();
        if (county == null && actor.has(Role.ADMIN)) {
            return feeLines.findAll(query.period());
        }
        if (county == null) {
            throw DomainProblem.forbidden("county-required", "Your account is not bound to a county");
        }
        actor.requireCounty(county);
        return feeLines.findInCounty(county, query.period());
    }

    @Override
    public FeeLine get(Actor actor, FeeLineId id) {
        actor.requireAny(READERS);
        FeeLine line = feeLines.find(id)
                .orElseThrow(() -> DomainProblem.notFound("fee-line-not-found", "No fee line " + id));
        actor.requireCounty(line.county());
        return line;
    }
}
