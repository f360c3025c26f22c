/** Engine-neutral annotators over an article's cleaned text: temporal expressions (more with #3). */
package org.storyline.annotate;
