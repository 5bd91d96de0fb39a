package io.reformbench.core.infrastructure.persistence;

/** The databases the workbench runs on, told apart by their JDBC URL. */
public enum JdbcVendor {
    H2("jdbc:h2:", "org.h2.jdbcx.JdbcDataSource", "TIMESTAMP(6)"),
    /** MySQL and MariaDB alike, both through MySQL Connector/J. */
    MYSQL("jdbc:mysql:", "com.mysql.cj.jdbc.MysqlDataSource", "DATETIME(6)");

    private final String urlPrefix;
    private final String dataSourceClass;
    private final String timestampType;

    JdbcVendor(String urlPrefix, String dataSourceClass, String timestampType) {
        this.urlPrefix = urlPrefix;
        this.dataSourceClass = dataSourceClass;
        this.timestampType = timestampType;
    }

    /** The vendor of a JDBC URL, or a message naming the URLs that are understood. */
    public static JdbcVendor ofUrl(String url) {
        if (url != null) {
            for (JdbcVendor vendor : values()) {
                if (url.startsWith(vendor.urlPrefix)) {
                    return vendor;
                }
            }
        }
        throw new IllegalArgumentException("The database URL '" + url + "' is not supported: "
                + "use jdbc:h2:… for the embedded database or jdbc:mysql://host:port/db for MySQL/MariaDB.");
    }

    /** Adds a connect timeout to a MySQL URL that has none, so an unreachable server fails start-up promptly. */
    public String withConnectTimeout(String url) {
        if (this != MYSQL || url.contains("connectTimeout=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "connectTimeout=10000";
    }

    public String dataSourceClass() {
        return dataSourceClass;
    }

    /** The column type for a timestamp with microseconds in this database's SQL. */
    public String timestampType() {
        return timestampType;
    }
}
