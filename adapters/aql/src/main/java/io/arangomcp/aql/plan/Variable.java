package io.arangomcp.aql.plan;

/**
 * A query variable: user-named ({@code doc}, {@code NEW}) or a temporary the planner introduced (named by its
 * number, as ArangoDB does). Each has its own register slot.
 *
 * @param id   the variable id (explain output)
 * @param name the user's name, or the id as text for temporaries
 * @param slot the register index
 * @param user whether the user declared it
 */
public record Variable(int id, String name, int slot, boolean user) {
}
