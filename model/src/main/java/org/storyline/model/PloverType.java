package org.storyline.model;

/** The 16 event types of the PLOVER 2.0 ontology, in the codebook's order from cooperation to conflict. */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
}
