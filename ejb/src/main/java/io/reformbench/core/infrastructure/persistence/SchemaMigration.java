package io.reformbench.core.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned migrations before anything else touches the database,
 * and stops the start-up with one clear line when the database cannot be reached. Migrations are independent of
 * each other (each adds its own tables or columns), so one that arrives with a lower number still applies.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    private DatabaseDescription database;

    @PostConstruct
    void migrate() {
        database = describeOrFail();
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("timestamp", database.vendor().timestampType()))
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "Database " + database.productName() + " " + database.productVersion()
                + ": schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now).");
    }

    private DatabaseDescription describeOrFail() {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseDescription.of(connection.getMetaData());
        } catch (SQLException | RuntimeException e) {
            String line = StartupFailure.databaseUnavailable(e);
            LOG.log(Level.SEVERE, line);
            LOG.log(Level.FINE, "Database connection failure", e);
            throw new IllegalStateException(line, e);
        }
    }

    /** What the workbench runs on, for the health report. */
    public DatabaseDescription database() {
        return database;
    }
}
