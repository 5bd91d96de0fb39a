package io.reformbench.core.infrastructure.persistence;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** The database product behind the data source, told apart from its metadata (MariaDB answers as MySQL). */
public record DatabaseDescription(JdbcVendor vendor, String productName, String productVersion) {

    static DatabaseDescription of(DatabaseMetaData metaData) throws SQLException {
        String name = metaData.getDatabaseProductName();
        String version = metaData.getDatabaseProductVersion();
        JdbcVendor vendor = JdbcVendor.ofUrl(metaData.getURL());
        boolean mariaDb = version != null && version.toLowerCase().contains("mariadb");
        String product = vendor == JdbcVendor.H2 ? "H2" : mariaDb ? "MariaDB" : "MySQL";
        return new DatabaseDescription(vendor, product, version == null ? name : version);
    }
}
