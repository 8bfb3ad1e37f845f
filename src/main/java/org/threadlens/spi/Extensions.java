package org.threadlens.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds extensions with {@link ServiceLoader}, by name. An unknown name is answered with the names that exist.
 * Thread-safe; each call loads afresh (callers keep what they need).
 */
public final class Extensions {
    private Extensions() {
    }

    /** Every registered implementation of {@code type}, sorted by name. */
    public static <T extends Named> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(type, Extensions.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(Named::name));
        return List.copyOf(found);
    }

    public static <T extends Named> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The implementation of {@code type} called {@code name}.
     *
     * @param what how users call this kind of extension in messages ("format", "exporter")
     * @throws UnknownExtensionException naming the known ones if there is none by that name
     */
    public static <T extends Named> T byName(Class<T> type, String name, String what) throws UnknownExtensionException {
        return find(type, name).orElseThrow(() -> new UnknownExtensionException(what, name, names(type)));
    }

    public static List<String> names(Class<? extends Named> type) {
        return all(type).stream().map(Named::name).collect(Collectors.toList());
    }
}
