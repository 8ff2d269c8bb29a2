package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.application.port.ResultPage;
import java.util.List;
import java.util.function.Function;

record PageResponse<T>(List<T> items, int page, int size, long total) {

    static <S, T> PageResponse<T> of(ResultPage<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
