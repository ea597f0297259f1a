package io.arangomcp.aql.ast;

/**
 * A source position: the character offset of a construct in the query string and its 1-based line.
 *
 * @param offset index of the first character
 * @param line   1-based line number
 */
public record Pos(int offset, int line) {
    /** The position of constructs that have no place in the text (e.g. synthesized nodes). */
    public static final Pos NONE = new Pos(0, 1);
}
