package io.arangomcp.ports.spi.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value an argument takes when the caller leaves it out, written as the argument's JSON literal:
 * {@code "1000"}, {@code "true"}, {@code "OUTBOUND"} (strings unquoted), or {@code "[]"} / {@code "{}"}.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {
    String value();
}
