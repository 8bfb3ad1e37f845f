package org.threadlens.cli.logs;

import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.NOP_FallbackServiceProvider;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider that wraps the one on the class path (slf4j-simple here): each logger asks the wrapped
 * one whether a level is enabled, offers what is logged to the {@link LogGate}, and prints through the wrapped
 * logger what no sink takes. It is not registered as a service (two providers would make SLF4J warn, and on a
 * cluster the wrapped one is Spark's own): SLF4J loads it only when named by {@code -Dslf4j.provider}, which
 * the command line sets ({@link LogGate#selectProvider()}).
 */
public final class GatedServiceProvider implements SLF4JServiceProvider {
    private final SLF4JServiceProvider wrapped;
    private ILoggerFactory factory;

    /** SLF4J makes it by name (and asks for its MDC adapter before {@link #initialize()}). */
    public GatedServiceProvider() {
        wrapped = otherProvider();
    }

    @Override
    public void initialize() {
        wrapped.initialize();
        ILoggerFactory inner = wrapped.getLoggerFactory();
        Map<String, Logger> loggers = new ConcurrentHashMap<>();
        factory = name -> loggers.computeIfAbsent(name, n -> new GatedLogger(n, inner.getLogger(n)));
    }

    /** The first provider registered as a service (that SLF4J would have chosen), or SLF4J's no-op one. */
    private static SLF4JServiceProvider otherProvider() {
        Iterator<SLF4JServiceProvider> found =
                ServiceLoader.load(SLF4JServiceProvider.class, GatedServiceProvider.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!found.hasNext()) {
                    return new NOP_FallbackServiceProvider();
                }
                SLF4JServiceProvider p = found.next();
                if (!(p instanceof GatedServiceProvider)) {
                    return p;
                }
            } catch (ServiceConfigurationError e) {
                // a provider that cannot be made: the next one
            }
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return wrapped.getMarkerFactory();
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return wrapped.getMDCAdapter();
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }
}
