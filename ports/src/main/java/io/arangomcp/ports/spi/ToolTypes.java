package io.arangomcp.ports.spi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Reads a tool's arguments and result record types from the type arguments it gives {@link Tool}, so that a tool
 * names them once, in its {@code implements Tool<A, R>} clause, and not again in two accessor methods. The host
 * asks on every call, so the answer is kept per tool class.
 */
final class ToolTypes {
    /** Per tool class: {arguments, result}, or null when the class leaves them open. */
    private static final ClassValue<Class<?>[]> TYPES = new ClassValue<>() {
        @Override
        protected Class<?>[] computeValue(Class<?> type) {
            return read(type);
        }
    };

    private ToolTypes() {
    }

    /** The class given for type parameter {@code index} (0 arguments, 1 result) of {@link Tool}. */
    @SuppressWarnings("unchecked")
    static <T> Class<T> of(Tool<?, ?> tool, int index) {
        Class<?>[] types = TYPES.get(tool.getClass());
        if (types == null) {
            throw new IllegalStateException(tool.getClass().getName() + " does not name record classes in "
                    + "'implements Tool<A, R>'; override argumentsType() and resultType()");
        }
        return (Class<T>) types[index];
    }

    private static Class<?>[] read(Class<?> toolClass) {
        for (Class<?> c = toolClass; c != null; c = c.getSuperclass()) {
            for (Type type : c.getGenericInterfaces()) {
                if (type instanceof ParameterizedType p && p.getRawType() == Tool.class
                        && p.getActualTypeArguments()[0] instanceof Class<?> arguments
                        && p.getActualTypeArguments()[1] instanceof Class<?> result) {
                    return new Class<?>[] {arguments, result};
                }
            }
        }
        return null;
    }
}
