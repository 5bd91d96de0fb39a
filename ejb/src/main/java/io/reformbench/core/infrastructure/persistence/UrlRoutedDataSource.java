package io.reformbench.core.infrastructure.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Picks the JDBC vendor's data source from the URL, so switching to MySQL/MariaDB needs only {@code DB_URL}
 * and credentials; {@code DB_DRIVER} may still name a data source class explicitly.
 */
public class UrlRoutedDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private String driverClass;
    private volatile DataSource delegate;
    private int loginTimeout;

    public void setUrl(String url) { this.url = url; }

    public String getUrl() { return url; }

    public void setUser(String user) { this.user = user; }

    public String getUser() { return user; }

    public void setPassword(String password) { this.password = password; }

    public void setDriverClass(String driverClass) { this.driverClass = driverClass; }

    public String getDriverClass() { return driverClass; }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection(user, password == null ? "" : password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    JdbcVendor vendor = JdbcVendor.ofUrl(url);
                    delegate = create(vendor, vendor.withConnectTimeout(url));
                }
                current = delegate;
            }
        }
        return current;
    }

    private DataSource create(JdbcVendor vendor, String jdbcUrl) throws SQLException {
        boolean derived = driverClass == null || driverClass.isBlank() || "auto".equals(driverClass);
        String className = derived ? vendor.dataSourceClass() : driverClass;
        try {
            Object instance = Class.forName(className, true, getClass().getClassLoader())
                    .getDeclaredConstructor().newInstance();
            instance.getClass().getMethod("setURL", String.class).invoke(instance, jdbcUrl);
            DataSource dataSource = (DataSource) instance;
            if (loginTimeout > 0) {
                dataSource.setLoginTimeout(loginTimeout);
            }
            return dataSource;
        } catch (ClassNotFoundException e) {
            throw new SQLException("The JDBC data source class " + className + " is not available; "
                    + "check DB_DRIVER or the DB_URL prefix (jdbc:h2: or jdbc:mysql:).", e);
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new SQLException("Cannot set up the data source " + className + ": " + cause.getMessage(), cause);
        }
    }

    @Override
    public PrintWriter getLogWriter() { return null; }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the vendor data source logs through its own logger
    }

    @Override
    public void setLoginTimeout(int seconds) { this.loginTimeout = seconds; }

    @Override
    public int getLoginTimeout() { return loginTimeout; }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("Logging goes through java.util.logging of the vendor driver.");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
