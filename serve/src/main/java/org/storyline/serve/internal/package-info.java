/** Internal: routes, JSON mapping, static assets and article submission of the server; not a public API. */
package org.storyline.serve.internal;
