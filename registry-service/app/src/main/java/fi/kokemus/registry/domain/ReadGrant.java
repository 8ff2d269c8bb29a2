package fi.kokemus.registry.domain;

import fi.kokemus.platform.actor.Role;
import java.util.Optional;

/**
 * What a reader may see of one expert's record, and in which staff role they read it.
 *
 * @param staffRole empty when the expert reads their own record
 */
public record ReadGrant(Visibility visibility, Optional<Role> staffRole) {

    public enum Visibility { FULL_RECORD, PUBLIC_PROFILE }

    static ReadGrant ownRecord() {
        return new ReadGrant(Visibility.FULL_RECORD, Optional.empty());
    }

    static ReadGrant staff(Role role, Visibility visibility) {
        return new ReadGrant(visibility, Optional.of(role));
    }
}
