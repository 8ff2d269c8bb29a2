package fi.kokemus.ordering.notification;

class InMemoryExpertAgendaTest extends ExpertAgendaContract {

    private final InMemoryExpertAgenda agenda = new InMemoryExpertAgenda();

    @Override
    protected ExpertAgenda agenda() {
        return agenda;
    }
}
