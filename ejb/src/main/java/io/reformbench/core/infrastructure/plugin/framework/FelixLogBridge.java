package io.reformbench.core.infrastructure.plugin.framework;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Sends the framework's own log to java.util.logging instead of standard output. */
final class FelixLogBridge extends org.apache.felix.framework.Logger {

    private static final Logger LOG = Logger.getLogger("io.reformbench.core.infrastructure.plugin.felix");

    @Override
    @SuppressWarnings("rawtypes")
    protected void doLog(Bundle bundle, ServiceReference reference, int level, String message, Throwable throwable) {
        Level julLevel = switch (level) {
            case LOG_ERROR -> Level.SEVERE;
            case LOG_WARNING -> Level.WARNING;
            case LOG_INFO -> Level.INFO;
            default -> Level.FINE;
        };
        String origin = bundle == null ? "" : "[" + bundle.getSymbolicName() + "] ";
        LOG.log(julLevel, origin + message, throwable);
    }
}
