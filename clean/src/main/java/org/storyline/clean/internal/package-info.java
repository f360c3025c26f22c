/** Internal to the clean module: not public API, may change without notice. */
package org.storyline.clean.internal;
