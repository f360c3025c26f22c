/** The cleaning stage: turns a raw page or scraped text into the article body and its metadata. */
package org.storyline.clean;
