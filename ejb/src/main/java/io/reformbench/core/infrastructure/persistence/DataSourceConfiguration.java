package io.reformbench.core.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the workbench's one data source; its URL and credentials come from MicroProfile Config
 * ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), so one build runs on H2 or MySQL/MariaDB.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "io.reformbench.core.infrastructure.persistence.UrlRoutedDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        loginTimeout = 10,
        properties = {
            "driverClass=${MPCONFIG=db.driver}",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfiguration {

    /** Where the application finds its data source. */
    public static final String JNDI_NAME = "java:app/jdbc/reformbench";
}
