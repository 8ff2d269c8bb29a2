package fi.kokemus.registry.application.port.in;

/** Lets assignments that have fallen out of the workload window stop counting. */
public interface DecayWorkloadsUseCase {

    /** @return how many experts' counts went down */
    int decay();
}
