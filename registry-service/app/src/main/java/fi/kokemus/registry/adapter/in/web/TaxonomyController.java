package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.in.ListTaxonomyTermsUseCase;
import fi.kokemus.registry.application.port.in.MaintainTaxonomyTermUseCase;
import fi.kokemus.registry.application.port.in.MaintainedTerm;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The maintained taxonomy: everyone reads it (diagnoses excepted), admins maintain it. */
@RestController
class TaxonomyController {

    static final String TAXONOMY = "/api/registry/taxonomy";

    private final ListTaxonomyTermsUseCase listTerms;
    private final MaintainTaxonomyTermUseCase maintainTerm;

    TaxonomyController(ListTaxonomyTermsUseCase listTerms, MaintainTaxonomyTermUseCase maintainTerm) {
        this.listTerms = listTerms;
        this.maintainTerm = maintainTerm;
    }

    /** @param kind e.g. {@code topic} or {@code life-situation} */
    @GetMapping(TAXONOMY + "/{kind}")
    List<TaxonomyTermResponse> list(Actor actor, @PathVariable String kind,
            @RequestParam(defaultValue = "false") boolean includeRetired) {
        return listTerms.list(actor, TaxonomyKind.ofSlug(kind, "kind"), includeRetired).stream()
                .map(TaxonomyTermResponse::of)
                .toList();
    }

    /** 201 when the term is new, 200 when it was changed or already as given. */
    @PutMapping(TAXONOMY + "/{kind}/{code}")
    ResponseEntity<TaxonomyTermResponse> maintain(Actor actor, @PathVariable String kind, @PathVariable String code,
            @Valid @RequestBody TaxonomyTermRequest request) {
        TaxonomyTerm term = new TaxonomyTerm(TaxonomyKind.ofSlug(kind, "kind"), code, request.labels().toLabels(),
                request.retired());
        MaintainedTerm result = maintainTerm.maintain(actor, term);
        HttpStatus status = result.outcome() == MaintainedTerm.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(TaxonomyTermResponse.of(result.term()));
    }
}
