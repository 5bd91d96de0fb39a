package io.reformbench.core.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Run by the launcher before the server starts: tries the configured database once, so a wrong URL or an
 * unreachable server gives one clear line in seconds instead of a failed deployment minutes later.
 * It reads {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} from the environment, so the password never
 * shows in a process list. Exit code 0 when the database answers, 1 otherwise.
 */
public final class DatabasePreflight {

    private DatabasePreflight() {
    }

    public static void main(String[] args) {
        String url = System.getenv("DB_URL");
        if (url == null || url.isBlank()) {
            System.err.println(StartupFailure.MARKER + " DB_URL is not set for the database check.");
            System.exit(2);
        }
        try (Connection connection = dataSource(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))
                .getConnection()) {
            DatabaseDescription database = DatabaseDescription.of(connection.getMetaData());
            System.out.println("Database: " + database.productName() + " " + database.productVersion());
        } catch (SQLException | RuntimeException e) {
            System.err.println(StartupFailure.databaseUnavailable(e));
            System.exit(1);
        }
    }

    private static DataSource dataSource(String url, String user, String password) {
        UrlRoutedDataSource dataSource = new UrlRoutedDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setLoginTimeout(10);
        return dataSource;
    }
}
