package org.storyline.model;

/** The entity types of the contract (CONTRACT.md section 2). */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, COUNTRY, NATIONALITY, MISC }
