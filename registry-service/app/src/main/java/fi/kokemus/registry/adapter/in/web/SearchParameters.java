package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Repeatable query parameters read into value objects; a bad value is a problem naming the parameter. */
final class SearchParameters {

    private SearchParameters() {
    }

    static <S, T> Set<T> values(List<S> values, String parameter, Function<S, T> parse) {
        if (values == null) {
            return Set.of();
        }
        try {
            return values.stream().map(parse).collect(Collectors.toSet());
        } catch (DomainProblem problem) {
            throw DomainProblem.invalid(problem.code(), parameter + ": " + problem.getMessage(), parameter);
        }
    }
}
