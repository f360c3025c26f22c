/** Test support shared by every module: fixtures, the shared invariant checker, access to ../shared data. */
package org.storyline.testkit;
