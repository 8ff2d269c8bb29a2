package fi.kokemus.deploy.demodata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Member numbers as each NGO's own system would hand them out: M-000001, M-000002, ... per organisation. */
final class ExternalIds {

    private final Map<String, Integer> issued = new HashMap<>();

    String next(String organisation) {
        int number = issued.merge(organisation, 1, Integer::sum);
        return String.format(Locale.ROOT, "M-%06d", number);
    }
}
