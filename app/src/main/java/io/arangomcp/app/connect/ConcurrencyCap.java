package io.arangomcp.app.connect;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryCursor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Connections: the cap on concurrent calls to one server. Every gateway call (and every batch fetch of a query
 * cursor) holds one permit; a call that cannot get one within the server's timeout fails with
 * {@code RESOURCE_LIMIT} instead of piling up.
 */
final class ConcurrencyCap {
    private final Semaphore permits;
    private final int size;
    private final Duration wait;
    private final String server;

    ConcurrencyCap(int size, Duration wait, String server) {
        this.permits = new Semaphore(size, true);
        this.size = size;
        this.wait = Objects.requireNonNull(wait, "wait is null");
        this.server = Objects.requireNonNull(server, "server is null");
    }

    /** Calls in flight right now. */
    int inUse() {
        return size - permits.availablePermits();
    }

    int size() {
        return size;
    }

    /** A gateway whose calls each hold a permit. */
    DatabaseGateway wrap(DatabaseGateway gateway) {
        return proxy(DatabaseGateway.class, gateway);
    }

    private <T> T proxy(Class<T> type, T target) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> invoke(target, method, args));
        return type.cast(proxy);
    }

    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
        }
        acquire();
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            permits.release();
        }
        if (result instanceof QueryCursor cursor && method.getReturnType() == QueryCursor.class) {
            return proxy(QueryCursor.class, cursor);
        }
        return result;
    }

    private void acquire() {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArangoMcpException(ErrorCode.CANCELLED, "interrupted while waiting for a connection to "
                    + server);
        }
        if (!acquired) {
            throw ArangoMcpException.builder(ErrorCode.RESOURCE_LIMIT, "server " + server + " is busy: all "
                            + size + " connections stayed in use for " + wait.toSeconds() + " s")
                    .detail("max_connections", size)
                    .hint("Retry later, or raise max_connections for this database in the configuration.")
                    .build();
        }
    }
}
