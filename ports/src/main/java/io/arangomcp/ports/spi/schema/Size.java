package io.arangomcp.ports.spi.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inclusive bounds of a string's length or a list's size (JSON schema {@code minLength}/{@code maxLength} or
 * {@code minItems}/{@code maxItems}).
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Size {
    int min() default 0;

    int max() default Integer.MAX_VALUE;
}
