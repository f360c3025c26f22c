/** The {@code storyline} command line: option parsing, wiring of the stages, output and progress. */
package org.storyline.app;
