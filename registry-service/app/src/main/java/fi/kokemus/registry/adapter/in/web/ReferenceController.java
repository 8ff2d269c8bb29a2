package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.reference.Municipalities;
import fi.kokemus.registry.domain.reference.Municipality;
import java.util.Collection;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only reference data for forms and imports; any signed-in user may read it. */
@RestController
class ReferenceController {

    private final Municipalities municipalities;

    ReferenceController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** Every municipality in code order, or only those of one wellbeing services county. */
    @GetMapping("/api/registry/reference/municipalities")
    List<MunicipalityResponse> municipalities(@RequestParam(required = false) String county) {
        Collection<Municipality> found = county == null
                ? municipalities.all()
                : municipalities.inCounty(County.of(county, "county"));
        return found.stream().map(MunicipalityResponse::of).toList();
    }
}
