package fi.kokemus.registry.adapter.in.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PlatformWebMvcTest
@Import(WebTestConfiguration.class)
class AuditControllerTest {

    static final RequestPostProcessor ADMIN = TestActors.as("admin", Role.ADMIN, null, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryAuditLog auditLog;

    private final ExpertId expertId = ExpertId.random();

    @BeforeEach
    void recordARead() {
        auditLog.clear();
        auditLog.record(new AuditEntry(expertId, "sub-coordinator.soite", Optional.of("coordinator.soite"),
                Role.COORDINATOR, WebTestConfiguration.NOW, new ReadPurpose("order 42")));
    }

    @Test
    void anAdminListsWhoReadTheRecord() throws Exception {
        mvc.perform(get("/api/registry/audit").param("expertId", expertId.value()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].actorUsername").value("coordinator.soite"))
                .andExpect(jsonPath("$.items[0].actorSubject").value("sub-coordinator.soite"))
                .andExpect(jsonPath("$.items[0].role").value("coordinator"))
                .andExpect(jsonPath("$.items[0].at").value("2026-11-20T08:00:00Z"))
                .andExpect(jsonPath("$.items[0].purpose").value("order 42"));
    }

    @Test
    void nobodyElseMayListIt() throws Exception {
        for (Role role : new Role[] {Role.COORDINATOR, Role.ORDERER, Role.EXPERT, Role.NGO_PARTNER, Role.FINANCE}) {
            mvc.perform(get("/api/registry/audit").param("expertId", expertId.value())
                            .with(TestActors.as("someone", role, "keski-pohjanmaa", "ngo-keski")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theExpertIdIsRequiredAndMustBeAUuid() throws Exception {
        mvc.perform(get("/api/registry/audit").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("expertId"));
        mvc.perform(get("/api/registry/audit").param("expertId", "42").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-value"));
    }
}
