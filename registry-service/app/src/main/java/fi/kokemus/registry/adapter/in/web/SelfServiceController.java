package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.in.ManageOwnRecordUseCase;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The expert's own record: preferences, availability, consents, the data export and erasure. */
@RestController
class SelfServiceController {

    static final String ME = "/api/registry/me";

    private final ManageOwnRecordUseCase manageOwnRecord;

    SelfServiceController(ManageOwnRecordUseCase manageOwnRecord) {
        this.manageOwnRecord = manageOwnRecord;
    }

    @PutMapping(ME + "/preferences")
    ExpertResponse editPreferences(Actor actor, @Valid @RequestBody PreferencesRequest request) {
        return ExpertResponse.of(manageOwnRecord.editPreferences(actor, request.toPreferences()));
    }

    @PutMapping(ME + "/availability")
    ExpertResponse changeAvailability(Actor actor, @Valid @RequestBody AvailabilityRequest request) {
        return ExpertResponse.of(manageOwnRecord.changeAvailability(actor, request.toAvailability()));
    }

    /** @param confirmErasure withdrawing the registry listing erases the record, so it must be confirmed */
    @PostMapping(ME + "/consents")
    ConsentEffectResponse decideConsent(Actor actor, @Valid @RequestBody ConsentRequest request,
            @RequestParam(defaultValue = "false") boolean confirmErasure) {
        return ConsentEffectResponse.of(manageOwnRecord.decideConsent(actor, request.kind(), request.granted(),
                request.textVersion(), confirmErasure));
    }

    @GetMapping(ME + "/export")
    ResponseEntity<DataSubjectExportResponse> export(Actor actor) {
        DataSubjectExportResponse export = DataSubjectExportResponse.of(manageOwnRecord.export(actor));
        ContentDisposition attachment = ContentDisposition.attachment()
                .filename("registry-export-" + export.record().id() + ".json").build();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString()).body(export);
    }

    @DeleteMapping(ME)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(Actor actor, @RequestParam(defaultValue = "false") boolean confirm) {
        manageOwnRecord.erase(actor, confirm);
    }
}
