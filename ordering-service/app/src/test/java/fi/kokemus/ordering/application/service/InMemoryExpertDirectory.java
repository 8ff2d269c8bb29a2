package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.out.ExpertDirectory;
import fi.kokemus.ordering.domain.Expert;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryExpertDirectory implements ExpertDirectory {

    private record Entry(Expert expert, Instant asOf) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Expert> find(String expertId) {
        return Optional.ofNullable(entries.get(expertId)).map(Entry::expert);
    }

    @Override
    public List<Expert> search(String county, String role, String taskType, String language, String topic) {
        return entries.values().stream().map(Entry::expert).filter(Objects::nonNull)
                .filter(expert -> expert.active() && expert.roles().contains(role)
                        && expert.taskTypes().contains(taskType) && expert.languages().contains(language)
                        && (topic == null || expert.topics().contains(topic))
                        && expert.contracts().stream().anyMatch(contract -> contract.county().equals(county)))
                .sorted(Comparator.comparing(Expert::expertId))
                .toList();
    }

    @Override
    public void record(Expert expert, Instant asOf) {
        write(expert.expertId(), new Entry(expert, asOf));
    }

    @Override
    public void erase(String expertId, Instant asOf) {
        write(expertId, new Entry(null, asOf));
    }

    public void clear() {
        entries.clear();
    }

    private void write(String expertId, Entry entry) {
        entries.merge(expertId, entry, (stored, next) -> stored.asOf().isAfter(next.asOf()) ? stored : next);
    }
}
