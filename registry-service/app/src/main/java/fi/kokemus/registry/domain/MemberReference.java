package fi.kokemus.registry.domain;

import java.util.regex.Pattern;

/**
 * How the background organisation (NGO) that maintains the record knows the expert: its own id
 * and its member id. The pair is the key of the NGO sync.
 */
public record MemberReference(String organisationId, String externalId) {

    private static final Pattern ORGANISATION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public MemberReference {
        requireOrganisationId(organisationId, "organisationId");
        Checks.matches(externalId, EXTERNAL_ID, "externalId",
                "1-64 letters, digits, '.', '_', ':' or '-'");
    }

    /** An organisation id as the registry knows them; anything else is invalid input in {@code field}. */
    public static String requireOrganisationId(String value, String field) {
        return Checks.matches(value, ORGANISATION_ID, field, "2-64 lower-case letters, digits or hyphens");
    }
}
