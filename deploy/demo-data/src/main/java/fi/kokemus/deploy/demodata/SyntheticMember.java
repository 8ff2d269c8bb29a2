package fi.kokemus.deploy.demodata;

/** A generated member and the keys the owning NGO syncs it under. */
public record SyntheticMember(String organisationId, String externalId, Member member) {
}
