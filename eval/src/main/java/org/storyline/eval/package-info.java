/** The evaluation metrics of CONTRACT.md section 7, computed exactly as the held-out evaluation computes them. */
package org.storyline.eval;
