package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.ExpertId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

public class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized ResultPage<AuditEntry> findByExpert(ExpertId expertId, PageRequest page) {
        List<AuditEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        List<AuditEntry> matches = newestFirst.stream()
                .filter(entry -> entry.expertId().equals(expertId))
                .sorted(Comparator.comparing(AuditEntry::at).reversed())
                .toList();
        return new ResultPage<>(matches.stream().skip(page.offset()).limit(page.size()).toList(),
                page.page(), page.size(), matches.size());
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
