package dev.lectern.parse;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/** A part we add to Flexmark with no ordering constraints on the others. */
interface Unordered extends Dependent {
    @Override
    default Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
