package io.arangomcp.domain.resolution;

/** What happened at one level of a resolution. */
public enum LevelOutcome {
    /** This level decided the database. */
    CHOSEN,
    /** The level had no value. */
    NOT_SET,
    /** The level had a value, but no database is configured under that key, so it was passed over. */
    NOT_CONFIGURED,
    /** A higher level had already decided; the value is shown for information. */
    NOT_REACHED
}
