package org.threadlens.pipeline;

import java.util.Set;
import org.threadlens.annotate.Layer;
import org.threadlens.entity.EntityResolver;

/** The entity resolution a run's layers call for: with the entities layer, resolution; else none. */
final class EntityResolution {
    private EntityResolution() {
    }

    /** @return nullable: the resolver for these layers, null without the entities layer */
    static EntityResolver of(Set<Layer> layers) {
        return layers.contains(Layer.ENTITIES) ? new EntityResolver(null) : null;
    }
}
