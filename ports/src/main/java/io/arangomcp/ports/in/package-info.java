/**
 * The driving port: what transports (stdio, HTTP, the CLI) call to list and run tools for a session.
 *
 * @since 0.1
 */
package io.arangomcp.ports.in;
