package org.storyline.model;

/** How the bytes of a {@link RawArticle} are to be read: a page of HTML, or text as scraped. */
public enum InputFormat { HTML, TEXT }
