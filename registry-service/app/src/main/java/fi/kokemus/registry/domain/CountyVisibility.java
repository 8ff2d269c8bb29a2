package fi.kokemus.registry.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which counties' staff may find an expert: the named counties, or every county.
 *
 * @param counties    the home county and the counties the expert has a contract with
 * @param everyCounty the expert consented to disclosure outside the home county
 */
public record CountyVisibility(Set<County> counties, boolean everyCounty) {

    public CountyVisibility {
        counties = Collections.unmodifiableSet(EnumSet.copyOf(counties));
    }

    public boolean includes(County county) {
        return everyCounty || counties.contains(county);
    }
}
