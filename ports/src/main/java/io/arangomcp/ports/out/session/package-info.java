/**
 * The driven port that stores per-session state.
 *
 * @since 0.1
 */
package io.arangomcp.ports.out.session;
