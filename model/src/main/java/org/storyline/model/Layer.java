package org.storyline.model;

/**
 * The layers of annotation a stage can require or provide. The pipeline builder checks once, at startup, that every
 * layer a stage requires is provided by a stage before it.
 */
public enum Layer { RAW, CLEAN_TEXT, METADATA }
