package vn.danvan.desk.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one office: a file in the data folder, opened through a connection pool, migrated
 * by Flyway before anything else reads it. One connection stays open for the lifetime of this object so that
 * H2 keeps the file (and its lock) open instead of closing and reopening it between queries.
 * {@code WRITE_DELAY=0} writes every commit at once, so a killed process loses no committed transaction.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "danvan";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int MAX_CONNECTIONS = 8;
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final Connection keepAlive;
    private final DSLContext dsl;
    private final Transactions transactions;
    private final String schemaVersion;
    /** The file key as H2 reaches it; null for a database not (yet) encrypted. */
    private final EncryptedFiles.Registration key;

    private Database(Path directory, JdbcConnectionPool pool, Connection keepAlive, String schemaVersion,
                     EncryptedFiles.Registration key) {
        this.directory = directory;
        this.pool = pool;
        this.key = key;
        this.keepAlive = keepAlive;
        this.schemaVersion = schemaVersion;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.H2);
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
        this.dsl = DSL.using(configuration);
        this.transactions = new Transactions(dsl);
    }

    /**
     * Opens (creating if needed) and migrates the database in {@code directory}, encrypted with AES under
     * {@code key}: every page of the file is encrypted, the key never written anywhere. The file is in the format of
     * H2's {@code CIPHER=AES}, read and written through {@link EncryptedFiles} with the JDK's AES.
     */
    public static Database open(Path directory, DataKey key) throws DatabaseOpenException {
        EncryptedFiles.Registration registration = EncryptedFiles.register(key.filePassword());
        try {
            return open(directory, registration.url(directory.resolve(FILE_NAME)), registration);
        } catch (DatabaseOpenException | RuntimeException e) {
            registration.close();
            throw e;
        }
    }

    /**
     * Opens a database written before encryption existed, only to check a login and then {@link #encrypt} it.
     */
    public static Database openUnencrypted(Path directory) throws DatabaseOpenException {
        return open(directory, "jdbc:h2:file:" + directory.resolve(FILE_NAME).toAbsolutePath(), null);
    }

    /** Whether {@code directory} holds a database file at all. */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve(FILE_NAME + ".mv.db"));
    }

    /** Whether the database file of {@code directory} is encrypted (H2 starts such files with {@code H2encrypt}). */
    public static boolean isEncrypted(Path directory) {
        Path file = directory.resolve(FILE_NAME + ".mv.db");
        try (var in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(ENCRYPTED_HEADER.length);
            return java.util.Arrays.equals(header, ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Encrypts the (closed) unencrypted database of {@code directory} in place with {@code key}. H2 rewrites the
     * file beside the old one and swaps them, so a failure leaves the old file readable.
     */
    public static void encrypt(Path directory, DataKey key) throws DatabaseOpenException {
        try {
            ChangeFileEncryption.execute(directory.toString(), FILE_NAME, "AES", null, key.filePassword(), true);
            LOG.info("Encrypted the database in {}", directory);
        } catch (SQLException e) {
            throw translate(directory, e);
        }
    }

    private static Database open(Path directory, String file, EncryptedFiles.Registration key)
            throws DatabaseOpenException {
        long started = System.nanoTime();
        prepareFolder(directory);
        // FILE_LOCK=FS: the operating system's lock on the file refuses a second program and goes with the process;
        // the lock file of FILE_LOCK=FILE outlived a killed program and made the next opening wait 2 s for it
        // TRACE_LEVEL_FILE=0: H2's trace file (danvan.trace.db, never encrypted) would log its errors, whose messages
        // can quote a value being written (a name too long for its column, say); one left by an older version goes
        forgetTraceFile(directory);
        JdbcConnectionPool pool = JdbcConnectionPool.create(file + ";FILE_LOCK=FS;WRITE_DELAY=0;TRACE_LEVEL_FILE=0",
                "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        Connection keepAlive = null;
        try {
            keepAlive = pool.getConnection();
            // migrations run with H2's own limit: a CREATE INDEX sorts the table in blocks of half of it, in maps of
            // the database file itself; without a limit it would gather every row of the table in the heap
            setMaxMemoryRows(keepAlive, org.h2.engine.SysProperties.MAX_MEMORY_ROWS);
            String version = migrate(pool);
            if (key != null) {
                setMaxMemoryRows(keepAlive, Integer.MAX_VALUE);
            }
            LOG.info("Opened database {} at schema version {} in {} ms", directory, version,
                    (System.nanoTime() - started) / 1_000_000);
            return new Database(directory, pool, keepAlive, version, key);
        } catch (SQLException e) {
            closeQuietly(keepAlive, pool);
            throw translate(directory, e);
        } catch (DatabaseOpenException e) {
            closeQuietly(keepAlive, pool);
            throw e;
        } catch (FlywayException e) {
            closeQuietly(keepAlive, pool);
            throw new DatabaseOpenException(DatabaseOpenException.Reason.FAILED,
                    "Migration of " + directory + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps every query result of an encrypted register in memory (once it is migrated). H2 writes a result of more
     * than {@code MAX_MEMORY_ROWS} rows (40,000 per GB of heap, about 17,800 with the window's 512 MB: a sort, a
     * grouping, the rows an update or a delete gathers) to {@code java.io.tmpdir/h2tmp*.temp.db}, and encrypts that
     * file only when the database is opened with its own {@code CIPHER}, which this register's is not (its file is
     * encrypted by {@link EncryptedFiles}): with the limit, citizens' data could be left in clear in the temp folder,
     * for good after a crash. The largest results the app makes on a million petitions (a list page sorted by a column
     * without an index: every match's id and sort key) stay within a 256 MB heap (docs/benchmarks.md); reads of a whole
     * table that grows without bound go a page at a time, and bulk updates a batch at a time. H2's lazy execution was
     * tried and not kept: it made the year's report take nearly twice as long, and a lazy cursor does not hold the
     * store's version while it is read (H2 issue 4142: "Chunk not found" in a long scan). The setting is kept in the
     * database file, so each opening sets it again: H2's own before the migrations, which therefore must not sort,
     * group or update more rows than that in one statement, then none.
     */
    private static void setMaxMemoryRows(Connection connection, int rows) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SET MAX_MEMORY_ROWS " + rows);
        }
    }

    private static void forgetTraceFile(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(FILE_NAME + ".trace.db"));
        } catch (IOException e) {
            LOG.warn("Could not delete H2's old trace file in {}", directory, e);
        }
    }

    private static void prepareFolder(Path directory) throws DatabaseOpenException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NOT_WRITABLE,
                    "Cannot create data folder " + directory, e);
        }
        if (!Files.isWritable(directory)) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NOT_WRITABLE,
                    "Data folder is not writable: " + directory, null);
        }
        // H2 would open a read-only file read-only, without a word, and refuse the first save
        Path file = directory.resolve(FILE_NAME + ".mv.db");
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NOT_WRITABLE,
                    "Database file is read-only: " + file, null);
        }
    }

    private static String migrate(JdbcConnectionPool pool) throws DatabaseOpenException {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrationInfo current = flyway.info().current();
        if (current != null && current.getState() == MigrationState.FUTURE_SUCCESS) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_SCHEMA,
                    "Database schema " + current.getVersion() + " is newer than this application", null);
        }
        flyway.migrate();
        MigrationInfo after = flyway.info().current();
        return after == null ? "0" : after.getVersion().getVersion();
    }

    private static DatabaseOpenException translate(Path directory, SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedFileChannel.WrongKeyException) {
                return new DatabaseOpenException(DatabaseOpenException.Reason.WRONG_KEY,
                        "The key does not open the database " + directory, e);
            }
        }
        SQLException cause = e;
        while (cause != null) {
            int code = cause.getErrorCode();
            if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.LOCK_TIMEOUT_1) {
                return new DatabaseOpenException(DatabaseOpenException.Reason.IN_USE,
                        "Database " + directory + " is already open in another program", e);
            }
            if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.FILE_CORRUPTED_1
                    && String.valueOf(cause.getMessage()).contains("encrypt")) {
                return new DatabaseOpenException(DatabaseOpenException.Reason.WRONG_KEY,
                        "The key does not open the database " + directory, e);
            }
            if (code == ErrorCode.FILE_CORRUPTED_1) {
                return new DatabaseOpenException(DatabaseOpenException.Reason.DAMAGED,
                        "The database file in " + directory + " is damaged: " + cause.getMessage(), e);
            }
            if (code == ErrorCode.FILE_CREATION_FAILED_1 || code == ErrorCode.DATABASE_IS_READ_ONLY
                    || code == ErrorCode.FILE_NOT_FOUND_1) {
                return new DatabaseOpenException(DatabaseOpenException.Reason.NOT_WRITABLE,
                        "Cannot write database files in " + directory, e);
            }
            cause = cause.getNextException();
        }
        return new DatabaseOpenException(DatabaseOpenException.Reason.FAILED,
                "Cannot open database " + directory + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection, JdbcConnectionPool pool) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the pool is disposed below anyway
        }
        pool.dispose();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * A plain JDBC connection from the pool, for the benchmark's hand-written baseline queries only; the app's own
     * queries go through {@link #dsl()}. The caller closes it.
     */
    public Connection jdbcConnection() throws SQLException {
        return pool.getConnection();
    }

    public Transactions transactions() {
        return transactions;
    }

    public Path directory() {
        return directory;
    }

    /** The main database file, as shown to the user. */
    public Path file() {
        return directory.resolve(FILE_NAME + ".mv.db");
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * Writes a consistent copy of the open database to {@code zipFile}: a zip holding one entry, {@code danvan.mv.db},
     * with the file's pages as stored, i.e. still encrypted with the data key. Writers may go on meanwhile; the copy is
     * the state at one moment. As H2's {@code BACKUP TO} does, the committed pages are written out first, and H2
     * writes new pages only past the end of the file while the copy is made, so the pages copied stay as they were;
     * the copy is read through the channel H2 holds, which (through {@link EncryptedFiles}) would give
     * {@code BACKUP TO} the decrypted pages. One backup at a time: two at once would each put back the space-reuse
     * setting they found, and the second found it off.
     */
    public synchronized void backupTo(Path zipFile) {
        try (Connection connection = pool.getConnection()) {
            if (key == null) {
                try (var statement = connection.prepareStatement("BACKUP TO ?")) {
                    statement.setString(1, zipFile.toAbsolutePath().toString());
                    statement.execute();
                }
                return;
            }
            org.h2.mvstore.db.Store store = ((org.h2.engine.SessionLocal) connection
                    .unwrap(org.h2.jdbc.JdbcConnection.class).getSession()).getDatabase().getStore();
            store.flush();
            org.h2.mvstore.FileStore<?> files = store.getMvStore().getFileStore();
            boolean reused = files.isSpaceReused();
            files.setReuseSpace(false);
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(zipFile))) {
                zip.putNextEntry(new java.util.zip.ZipEntry(FILE_NAME + ".mv.db"));
                key.copyStoredFile(zip);
                zip.closeEntry();
            } finally {
                files.setReuseSpace(reused);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Backup of " + directory + " to " + zipFile + " failed", e);
        }
    }

    /** The newest schema version this application knows (its last migration), e.g. {@code "11"}. */
    public static String latestSchemaVersion() {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:schema-probe-" + java.util.UUID.randomUUID(), "sa", "")
                .locations("classpath:db/migration")
                .load();
        MigrationInfo[] all = flyway.info().all();
        return all.length == 0 ? "0" : all[all.length - 1].getVersion().getVersion();
    }

    /** Whether schema {@code version} (of a backup, say) is newer than this application's last migration. */
    public static boolean isNewerThanThisApp(String version) {
        return org.flywaydb.core.api.MigrationVersion.fromVersion(version)
                .isNewerThan(latestSchemaVersion());
    }

    /**
     * Closes the database and rewrites its file without the space left by a bulk load (H2's SHUTDOWN COMPACT).
     * Nothing can use this object afterwards.
     */
    public void closeCompacted() {
        try (Connection connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Compaction of {} failed; the database stays as it was", directory, e);
        }
        close();
    }

    /** Connections taken from the pool and not given back, besides the one that keeps the file open. */
    public int connectionsInUse() {
        return pool.getActiveConnections() - 1;
    }

    @Override
    public void close() {
        // a connection still out of the pool (a query's stream not closed) keeps H2's database, and its file, open
        int stillInUse = connectionsInUse();
        if (stillInUse > 0) {
            LOG.warn("Closing database {} while {} connection(s) are still in use: the file stays open until they"
                    + " are closed", directory, stillInUse);
        }
        closeQuietly(keepAlive, pool);
        if (key != null) {
            key.close();
        }
        LOG.info("Closed database {}", directory);
    }
}
