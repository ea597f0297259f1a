/**
 * The driven port that loads and saves the database registry.
 *
 * @since 0.1
 */
package io.arangomcp.ports.out.config;
