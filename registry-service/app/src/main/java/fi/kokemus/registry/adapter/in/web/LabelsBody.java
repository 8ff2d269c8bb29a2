package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.taxonomy.Labels;

/** A term's labels as JSON, in requests and responses alike. */
record LabelsBody(String fi, String sv, String en) {

    static LabelsBody of(Labels labels) {
        return new LabelsBody(labels.fi(), labels.sv(), labels.en());
    }

    Labels toLabels() {
        return new Labels(fi, sv, en);
    }
}
