package io.arangomcp.adapters.memory.store;

import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * In-memory backend: one database: its collections (in creation order) behind one read-write lock. Readers run
 * in {@link #read}, writers in {@link #write}; a writer holds the lock for a whole operation (a bulk write
 * included), so readers never see half of it. Documents are deep-immutable, so what a reader returns stays
 * valid after the lock is released. This is also the surface an AQL catalog builds on: snapshot scans, key,
 * index and edge lookups under {@link #read}; a query's modifications in a {@link #beginWrite() write session}
 * that undoes them all when the query fails.
 */
public final class MemoryDatabase {

    /** The system collections a fresh ArangoDB 3.12 database has (plus {@link #SYSTEM_DATABASE_ONLY} in _system). */
    static final List<String> SYSTEM_COLLECTIONS = List.of("_graphs", "_analyzers", "_aqlfunctions", "_queues",
            "_jobs", "_apps", "_appbundles", "_frontend");
    static final List<String> SYSTEM_DATABASE_ONLY = List.of("_users", "_statistics", "_statistics15",
            "_statisticsRaw");

    private final String name;
    private final ServerClock clock;
    private final SchemaCompiler schemas;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, MemoryCollection> collections = new LinkedHashMap<>();
    private final DocumentWriter documents;
    private WriteSession session;

    public MemoryDatabase(String name, ServerClock clock, SchemaCompiler schemas) {
        this.name = Objects.requireNonNull(name, "name is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.schemas = Objects.requireNonNull(schemas, "schemas is null");
        if (name.equals("_system")) {
            SYSTEM_DATABASE_ONLY.forEach(this::createSystemCollection);
        }
        SYSTEM_COLLECTIONS.forEach(this::createSystemCollection);
        this.documents = new DocumentWriter(this, clock);
    }

    private void createSystemCollection(String collection) {
        collections.put(collection, new MemoryCollection(clock.nextTick(), collection, CollectionType.DOCUMENT,
                false, KeyGenerator.create(null, clock), null, clock));
    }

    public String name() {
        return name;
    }

    public ServerClock clock() {
        return clock;
    }

    /** Runs a read under the read lock. */
    public <T> T read(Supplier<T> reader) {
        lock.readLock().lock();
        try {
            return reader.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a write (or a read that must not interleave with writes) under the write lock. */
    public <T> T write(Supplier<T> writer) {
        lock.writeLock().lock();
        try {
            return writer.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Single-document writes on this database's collections (call them inside {@link #write}). */
    public DocumentWriter documents() {
        return documents;
    }

    /**
     * Starts an all-or-nothing group of writes on this thread, holding the write lock until the session is
     * closed (see {@link WriteSession}). Sessions do not nest, and a thread that is reading cannot start one.
     */
    public WriteSession beginWrite() {
        if (lock.getReadHoldCount() > 0) {
            throw new IllegalStateException("a thread that holds the read lock cannot start a write session");
        }
        lock.writeLock().lock();
        if (session != null) {
            lock.writeLock().unlock();
            throw new IllegalStateException("write sessions do not nest");
        }
        session = new WriteSession(this);
        return session;
    }

    void endWrite(WriteSession ended) {
        if (session == ended) {
            session = null;
            lock.writeLock().unlock();
        }
    }

    /** Lets an open write session undo a write that was just applied. */
    void recordWrite(MemoryCollection collection, MemoryCollection.Entry previous, Map<String, Object> current) {
        if (session != null) {
            session.record(collection, previous, current);
        }
    }

    void requireWriteLock() {
        if (!lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("database writes must run inside write(...)");
        }
    }

    /** All collections, system collections included, in creation order. */
    public List<MemoryCollection> collections() {
        return List.copyOf(collections.values());
    }

    /** A collection by name, or by its numeric id as ArangoDB also accepts (names never start with a digit). */
    public Optional<MemoryCollection> findCollection(String collection) {
        MemoryCollection byName = collections.get(collection);
        if (byName != null || collection == null || collection.isEmpty()
                || !collection.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.ofNullable(byName);
        }
        return collections.values().stream().filter(c -> Long.toString(c.id()).equals(collection)).findFirst();
    }

    /** The collection, or 404/1203 worded as the collection API does. */
    public MemoryCollection collection(String collection) {
        return findCollection(collection).orElseThrow(StoreErrors::collectionNotFound);
    }

    /** The collection, or 404/1203 worded as document operations do ("…: name"). */
    public MemoryCollection collectionForDocuments(String collection) {
        return findCollection(collection).orElseThrow(() -> StoreErrors.collectionNotFound(collection));
    }

    /** Creates a collection: 400/1208 for an illegal name, 409/1207 when taken, 400/1232 or 400/1621 for bad options. */
    public MemoryCollection createCollection(String collection, CollectionSpec spec) {
        requireWriteLock();
        Objects.requireNonNull(spec, "spec is null");
        if (!Names.isValidCollectionName(collection, true)) {
            throw StoreErrors.illegalCollectionName();
        }
        if (!Names.isNormalized(collection)) {
            throw StoreErrors.collectionNameNotNormalized();
        }
        if (collections.containsKey(collection)) {
            throw StoreErrors.duplicateName();
        }
        KeyGenerator keys = KeyGenerator.create(spec.keyOptions(), clock);
        CollectionSchema schema = CollectionSchema.parse(spec.schema(), schemas);
        MemoryCollection created = new MemoryCollection(clock.nextTick(), collection, spec.type(),
                Boolean.TRUE.equals(spec.waitForSync()), keys, schema, clock);
        collections.put(collection, created);
        return created;
    }

    /** Drops a collection with its documents and indexes (graph membership is the caller's concern). */
    public void dropCollection(String collection) {
        requireWriteLock();
        collections.remove(collection(collection).name());
    }

    /**
     * Renames a collection as a single ArangoDB server does: 403/11 for a system collection, 400/10 for an empty
     * name, 400/1208 for a system name or an illegal one, 409/1207 when the name is taken; renaming to the
     * current name changes nothing. Documents, indexes, schema and id stay (see {@link MemoryCollection#rename});
     * graph definitions are the caller's concern.
     */
    public MemoryCollection renameCollection(String collection, String newName) {
        requireWriteLock();
        Objects.requireNonNull(newName, "newName is null");
        MemoryCollection target = collection(collection);
        if (target.info().system()) {
            throw StoreErrors.forbidden();
        }
        if (newName.isEmpty()) {
            throw StoreErrors.badParameter("<name> must be non-empty");
        }
        if (Names.isSystem(newName)) {
            throw StoreErrors.renameToSystemName();
        }
        if (!Names.isValidCollectionName(newName, false) || !Names.isNormalized(newName)) {
            throw StoreErrors.illegalName();
        }
        if (newName.equals(target.name())) {
            return target;
        }
        if (collections.containsKey(newName)) {
            throw StoreErrors.duplicateName();
        }
        Map<String, MemoryCollection> inOrder = new LinkedHashMap<>();
        collections.forEach((name, c) -> inOrder.put(c == target ? newName : name, c));
        collections.clear();
        collections.putAll(inOrder);
        target.rename(newName);
        return target;
    }

    public void truncate(String collection) {
        requireWriteLock();
        collection(collection).truncate();
    }

    /** Sets ({@code schema} non-empty) or removes a collection's schema; existing documents are not checked. */
    public MemoryCollection setSchema(String collection, Map<String, Object> schema) {
        requireWriteLock();
        MemoryCollection target = collection(collection);
        target.setSchema(CollectionSchema.parse(schema, schemas));
        return target;
    }

    /** Changes a collection's default for {@code waitForSync} (collection properties). */
    public MemoryCollection setWaitForSync(String collection, boolean waitForSync) {
        requireWriteLock();
        MemoryCollection target = collection(collection);
        target.setWaitForSync(waitForSync);
        return target;
    }

    public IndexInfo ensureIndex(String collection, IndexSpec spec) {
        requireWriteLock();
        MemoryCollection target = collection(collection);
        return target.indexes().ensure(IndexDefinition.normalize(spec), target.entries());
    }

    public String dropIndex(String collection, String handle) {
        requireWriteLock();
        return collection(collection).indexes().drop(Objects.requireNonNull(handle, "handle is null"));
    }
}
