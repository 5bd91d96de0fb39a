package io.reformbench.core.application.internal;

import io.reformbench.core.application.HealthService;
import io.reformbench.core.application.PluginInventory;
import io.reformbench.core.infrastructure.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/** Checks the database with a real round trip, so "UP" means the workbench can serve requests. */
@Stateless
public class DefaultHealthService implements HealthService {

    private static final String VERSION = readVersion();

    @Inject
    SchemaMigration schema;

    @Inject
    Instance<PluginInventory> plugins;

    @Resource(lookup = "java:app/jdbc/reformbench")
    DataSource dataSource;

    @Override
    public Health check() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(2);
        } catch (SQLException e) {
            up = false;
        }
        int active = plugins.isResolvable() ? plugins.get().activeCount() : 0;
        return new Health(up, VERSION, schema.database().productName(), active);
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = DefaultHealthService.class.getResourceAsStream("/META-INF/reformbench-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
