package io.arangomcp.aql.lexer;

/**
 * The kinds of AQL tokens, each with the name ArangoDB's parser uses for it in syntax error messages
 * ({@code syntax error, unexpected <name> near ...}).
 */
public enum TokenType {
    END("end of query string"),
    INVALID("invalid token"),

    FOR("FOR declaration"),
    LET("LET declaration"),
    FILTER("FILTER declaration"),
    RETURN("RETURN declaration"),
    COLLECT("COLLECT declaration"),
    SORT("SORT declaration"),
    LIMIT("LIMIT declaration"),
    WINDOW("WINDOW declaration"),
    ASC("ASC keyword"),
    DESC("DESC keyword"),
    IN("IN keyword"),
    WITH("WITH keyword"),
    INTO("INTO keyword"),
    AGGREGATE("AGGREGATE keyword"),
    GRAPH("GRAPH keyword"),
    SHORTEST_PATH("SHORTEST_PATH keyword"),
    K_SHORTEST_PATHS("K_SHORTEST_PATHS keyword"),
    K_PATHS("K_PATHS keyword"),
    ALL_SHORTEST_PATHS("ALL_SHORTEST_PATHS keyword"),
    DISTINCT("DISTINCT modifier"),
    REMOVE("REMOVE command"),
    INSERT("INSERT command"),
    UPDATE("UPDATE command"),
    REPLACE("REPLACE command"),
    UPSERT("UPSERT command"),
    NULL("null"),
    TRUE("true"),
    FALSE("false"),

    IDENTIFIER("identifier"),
    QUOTED_STRING("quoted string"),
    INTEGER("integer number"),
    DOUBLE("number"),
    PARAMETER("bind parameter"),
    DATA_SOURCE_PARAMETER("bind data source parameter"),

    ASSIGN("assignment"),
    NOT("not operator"),
    AND("and operator"),
    OR("or operator"),
    NOT_IN("not in operator"),
    REGEX_MATCH("~= operator"),
    REGEX_NON_MATCH("~! operator"),
    EQ("== operator"),
    NE("!= operator"),
    LT("< operator"),
    GT("> operator"),
    LE("<= operator"),
    GE(">= operator"),
    LIKE("like operator"),
    PLUS("+ operator"),
    MINUS("- operator"),
    TIMES("* operator"),
    DIV("/ operator"),
    MOD("% operator"),
    QUESTION("?"),
    COLON(":"),
    SCOPE("::"),
    RANGE(".."),
    COMMA(","),
    OPEN("("),
    CLOSE(")"),
    OBJECT_OPEN("{"),
    OBJECT_CLOSE("}"),
    ARRAY_OPEN("["),
    ARRAY_CLOSE("]"),
    DOT("'.'"),
    OUTBOUND("outbound modifier"),
    INBOUND("inbound modifier"),
    ANY("any modifier"),
    ALL("all modifier"),
    NONE("none modifier"),
    AT_LEAST("at least modifier");

    private final String displayName;

    TokenType(String displayName) {
        this.displayName = displayName;
    }

    /** The name ArangoDB prints for this token in syntax errors. */
    public String displayName() {
        return displayName;
    }
}
