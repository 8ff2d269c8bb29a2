package fi.kokemus.registry.adapter.in.web;

import java.util.Collection;
import java.util.List;

/** Code sets as JSON arrays in the sets' own (sorted) order; codes and role enums print as their code. */
final class Codes {

    private Codes() {
    }

    static List<String> of(Collection<?> codes) {
        return codes.stream().map(Object::toString).toList();
    }
}
