package io.arangomcp.domain.error;

/**
 * The ArangoDB error numbers this project produces or interprets, with the HTTP status a real 3.12 server
 * sends them with and the {@link ErrorCode} they map to.
 *
 * <p>Numbers and texts follow ArangoDB's {@code errors.yaml}; the in-memory backend and the emulator use this
 * table so that their failures look exactly like a real server's.
 */
public enum ArangoErrors {
    INTERNAL(4, 500, "internal error"),
    BAD_PARAMETER(10, 400, "bad parameter"),
    FORBIDDEN(11, 403, "forbidden"),
    TYPE_ERROR(17, 400, "type error"),
    RESOURCE_LIMIT(32, 500, "resource limit exceeded"),
    NOT_IMPLEMENTED(9, 501, "not implemented"),
    CORRUPTED_JSON(600, 400, "invalid JSON object"),
    CONFLICT(1200, 409, "conflict"),
    DOCUMENT_NOT_FOUND(1202, 404, "document not found"),
    DATA_SOURCE_NOT_FOUND(1203, 404, "collection or view not found"),
    COLLECTION_PARAMETER_MISSING(1204, 400, "parameter 'collection' not found"),
    DOCUMENT_HANDLE_BAD(1205, 400, "illegal document identifier"),
    DUPLICATE_NAME(1207, 409, "duplicate name"),
    ILLEGAL_NAME(1208, 400, "illegal name"),
    UNIQUE_CONSTRAINT_VIOLATED(1210, 409, "unique constraint violated"),
    INDEX_NOT_FOUND(1212, 404, "index not found"),
    CROSS_COLLECTION_REQUEST(1213, 400, "cross collection request not allowed"),
    DOCUMENT_KEY_BAD(1221, 400, "illegal document key"),
    DOCUMENT_TYPE_INVALID(1227, 400, "invalid document type"),
    DATABASE_NOT_FOUND(1228, 404, "database not found"),
    DATABASE_NAME_INVALID(1229, 400, "database name invalid"),
    USE_SYSTEM_DATABASE(1230, 403, "operation only allowed in system database"),
    INVALID_EDGE_ATTRIBUTE(1233, 400, "invalid edge attribute"),
    INDEX_CREATION_FAILED(1235, 500, "index creation failed"),
    COLLECTION_TYPE_MISMATCH(1218, 400, "collection type mismatch"),
    QUERY_KILLED(1500, 410, "query killed"),
    QUERY_PARSE(1501, 400, "syntax error"),
    QUERY_EMPTY(1502, 400, "query is empty"),
    QUERY_SCRIPT(1503, 400, "runtime error"),
    QUERY_NUMBER_OUT_OF_RANGE(1504, 400, "number out of range"),
    QUERY_VARIABLE_NAME_INVALID(1510, 400, "variable name is invalid"),
    QUERY_VARIABLE_REDECLARED(1511, 400, "variable is assigned multiple times"),
    QUERY_VARIABLE_NAME_UNKNOWN(1512, 400, "unknown variable"),
    QUERY_FUNCTION_NAME_UNKNOWN(1540, 400, "usage of unknown function"),
    QUERY_FUNCTION_ARGUMENT_NUMBER_MISMATCH(1541, 400, "invalid number of arguments for function"),
    QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH(1542, 400, "invalid argument type in call to function"),
    QUERY_BIND_PARAMETER_MISSING(1551, 400, "no value specified for declared bind parameter"),
    QUERY_BIND_PARAMETER_UNDECLARED(1552, 400, "bind parameter was not declared in the query"),
    QUERY_BIND_PARAMETER_TYPE(1553, 400, "bind parameter has an invalid value or type"),
    QUERY_DIVISION_BY_ZERO(1562, 400, "division by zero"),
    QUERY_ARRAY_EXPECTED(1563, 400, "array expected"),
    QUERY_FAIL_CALLED(1569, 400, "FAIL(%s) called"),
    QUERY_INVALID_AGGREGATE_EXPRESSION(1574, 400, "invalid aggregate expression"),
    QUERY_COMPILE_TIME_OPTIONS(1575, 400, "query options must be readable at query compile time"),
    QUERY_ACCESS_AFTER_MODIFICATION(1579, 400, "access after data-modification by %s"),
    CURSOR_NOT_FOUND(1600, 404, "cursor not found"),
    VALIDATION_FAILED(1620, 400, "Schema violation"),
    USER_INVALID_NAME(1700, 400, "invalid user name"),
    USER_DUPLICATE(1702, 409, "duplicate user"),
    USER_NOT_FOUND(1703, 404, "user not found"),
    GRAPH_EDGE_COLLECTION_MULTI_USE(1920, 400, "multi use of edge collection in edge def"),
    GRAPH_EDGE_COLLECTION_USED_IN_OTHER_GRAPH(1921, 400, "edge collection already used in edge def"),
    GRAPH_NOT_FOUND(1924, 404, "graph '%s' not found"),
    GRAPH_DUPLICATE(1925, 409, "graph already exists"),
    GRAPH_VERTEX_COLLECTION_DOES_NOT_EXIST(1926, 404, "vertex collection does not exist or is not part of the graph"),
    GRAPH_NOT_IN_ORPHAN_COLLECTION(1928, 400, "collection is not in list of orphan collections"),
    GRAPH_COLLECTION_USED_IN_EDGE_DEF(1929, 400, "collection already used in edge def"),
    GRAPH_EDGE_COLLECTION_NOT_USED(1930, 404, "edge collection not used in graph"),
    GRAPH_REFERENCED_VERTEX_COLLECTION_NOT_USED(1947, 400, "referenced vertex collection is not part of the graph"),
    TRANSACTION_NOT_FOUND(1655, 404, "transaction not found");

    private final int errorNum;
    private final int httpStatus;
    private final String text;

    ArangoErrors(int errorNum, int httpStatus, String text) {
        this.errorNum = errorNum;
        this.httpStatus = httpStatus;
        this.text = text;
    }

    public int errorNum() {
        return errorNum;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The server's standard message; some contain a {@code %s} placeholder. */
    public String text() {
        return text;
    }

    /** A {@link DatabaseError} with this number, its usual status and the standard text. */
    public DatabaseError error() {
        return new DatabaseError(httpStatus, errorNum, text);
    }

    /** A {@link DatabaseError} with this number and status and a specific message. */
    public DatabaseError error(String message) {
        return new DatabaseError(httpStatus, errorNum, message);
    }

    /**
     * The HTTP status a real server sends an error number with, or {@code fallback} when this table does not
     * know it. Multi-document answers carry only the number of each failed document; this gives it back its
     * status.
     */
    public static int statusOf(int errorNum, int fallback) {
        for (ArangoErrors e : values()) {
            if (e.errorNum == errorNum) {
                return e.httpStatus;
            }
        }
        return fallback;
    }

    /** The standard text with its {@code %s} placeholder filled in. */
    public DatabaseError format(Object argument) {
        return new DatabaseError(httpStatus, errorNum, String.format(text, argument));
    }
}
