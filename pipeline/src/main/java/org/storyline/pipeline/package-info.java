/** Engine-neutral composition of the stages (raw article to cleaned article), used by the CLI and by scale-out jobs. */
package org.storyline.pipeline;
