package fi.kokemus.deploy.demodata;

/** The tables the generator draws from, loaded once. */
record ReferenceData(Counties counties, Municipalities municipalities, Organisations organisations,
        Taxonomy taxonomy) {

    private static final ReferenceData LOADED =
            new ReferenceData(new Counties(), new Municipalities(), new Organisations(), new Taxonomy());

    static ReferenceData loaded() {
        return LOADED;
    }
}
