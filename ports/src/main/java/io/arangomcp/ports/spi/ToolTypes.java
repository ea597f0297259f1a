package io.arangomcp.ports.spi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Reads a tool's arguments and result record types from the type arguments it gives {@link Tool}, so that a tool
 * names them once, in its {@code implements Tool<A, R>} clause, and not again in two accessor methods.
 */
final class ToolTypes {
    private ToolTypes() {
    }

    /** The class given for type parameter {@code index} (0 arguments, 1 result) of {@link Tool}. */
    @SuppressWarnings("unchecked")
    static <T> Class<T> of(Tool<?, ?> tool, int index) {
        for (Class<?> c = tool.getClass(); c != null; c = c.getSuperclass()) {
            for (Type type : c.getGenericInterfaces()) {
                if (type instanceof ParameterizedType p && p.getRawType() == Tool.class
                        && p.getActualTypeArguments()[index] instanceof Class<?> named) {
                    return (Class<T>) named;
                }
            }
        }
        throw new IllegalStateException(tool.getClass().getName() + " does not name record classes in "
                + "'implements Tool<A, R>'; override argumentsType() and resultType()");
    }
}
