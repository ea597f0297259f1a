package io.arangomcp.aql.ast;

/**
 * A collection named in a statement: literally, or through a bind parameter ({@code @@c} or {@code @c}).
 *
 * @param name      the literal name, or null when given by a parameter
 * @param parameter the bind parameter name (with a leading {@code @} for {@code @@c}), or null
 * @param pos       where it appears
 */
public record CollectionRef(String name, String parameter, Pos pos) {
}
