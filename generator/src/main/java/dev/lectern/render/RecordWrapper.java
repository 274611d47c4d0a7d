package dev.lectern.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Freemarker's default wrapper, with a fast path for records (page models and the content model):
 * {@code b.kind}, {@code lesson.title} call the accessor through a method handle found once per class,
 * where the bean wrapper introspects, looks the method up by reflection and checks access on every
 * read. Records are immutable, so a value read is kept for the next read of the same wrapped record.
 * Anything else (method calls with arguments, bean properties such as {@code title.present}) goes
 * to the bean model Freemarker would have made, so templates see exactly what they saw before.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

    /** Per record class, found once: a class value is the quickest lookup by class. */
    private final ClassValue<Readers> readers = new ClassValue<>() {
        @Override
        protected Readers computeValue(Class<?> type) {
            return Readers.of(type);
        }
    };

    RecordWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        writeProtect();
    }

    /**
     * Strings and records first, by their classes: the default wrapper asks a record whether it is a
     * collection, a map, an iterator... before giving up, and such checks against interfaces are
     * slow on Java 17 when threads run them at once (they share a one-entry cache in each class).
     */
    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof String text) {
            return new SimpleScalar(text); // as the default wrapper does
        }
        if (object instanceof PageHtml html) {
            return new PageHtmlModel(html, this);
        }
        if (object instanceof Record) {
            Readers known = readers.get(object.getClass());
            if (known != Readers.NONE) {
                return new RecordModel(object, known, this);
            }
        }
        return super.wrap(object);
    }


    /** The bean model Freemarker makes for {@code object}: what a record model falls back on. */
    TemplateModel beanModel(Object object) throws TemplateModelException {
        return super.handleUnknownType(object);
    }

    /**
     * The zero-argument methods of a record class that templates read as properties ({@code b.kind}),
     * by name, each with an index for the values a model keeps. Names that are also bean properties
     * ({@code getX}/{@code isX}) or come from {@link Object} are left to the bean model.
     */
    record Readers(Map<String, Integer> index, MethodHandle[] handles) {
        static final Readers NONE = new Readers(Map.of(), new MethodHandle[0]);
        private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass");

        static Readers of(Class<?> type) {
            if (!Modifier.isPublic(type.getModifiers()) || TemplateModel.class.isAssignableFrom(type)) {
                return NONE;
            }
            Set<String> beanNames = new HashSet<>();
            for (Method m : type.getMethods()) {
                String name = m.getName();
                if (m.getParameterCount() == 0 && name.length() > 3 && name.startsWith("get")) {
                    beanNames.add(decapitalize(name.substring(3)));
                } else if (m.getParameterCount() == 0 && name.length() > 2 && name.startsWith("is")) {
                    beanNames.add(decapitalize(name.substring(2)));
                }
            }
            Map<String, Integer> index = new HashMap<>();
            Map<String, MethodHandle> found = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (Method m : type.getMethods()) {
                String name = m.getName();
                if (m.getParameterCount() != 0 || m.getReturnType() == void.class || m.isBridge()
                        || Modifier.isStatic(m.getModifiers()) || OBJECT_METHODS.contains(name)
                        || beanNames.contains(name) || found.containsKey(name)) {
                    continue;
                }
                try {
                    MethodHandle handle = lookup.findVirtual(type, name, MethodType.methodType(m.getReturnType()));
                    found.put(name, handle.asType(READER));
                } catch (ReflectiveOperationException e) {
                    // not reachable through the public lookup: the bean model reads it
                }
            }
            MethodHandle[] handles = new MethodHandle[found.size()];
            for (Map.Entry<String, MethodHandle> e : found.entrySet()) {
                index.put(e.getKey(), index.size());
                handles[index.get(e.getKey())] = e.getValue();
            }
            return new Readers(Map.copyOf(index), handles);
        }

        /** As {@link java.beans.Introspector#decapitalize}: {@code URL} stays, {@code Title} becomes {@code title}. */
        private static String decapitalize(String name) {
            if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
                return name;
            }
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
    }

    /** A wrapped record: reads its properties through {@link Readers}, everything else through the bean model. */
    static final class RecordModel implements MethodCallAwareTemplateHashModel, TemplateScalarModel,
            AdapterTemplateModel, WrapperTemplateModel {
        private final Object record;
        private final Readers readers;
        private final RecordWrapper wrapper;
        private TemplateModel[] values;
        private TemplateModel bean;

        RecordModel(Object record, Readers readers, RecordWrapper wrapper) {
            this.record = record;
            this.readers = readers;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Integer i = readers.index().get(key);
            if (i == null) {
                return bean().get(key);
            }
            if (values == null) {
                values = new TemplateModel[readers.handles().length];
            }
            TemplateModel value = values[i];
            if (value == null) {
                value = wrapper.wrap(read(readers.handles()[i]));
                values[i] = value;
            }
            return value;
        }

        private Object read(MethodHandle handle) throws TemplateModelException {
            try {
                return (Object) handle.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("reading " + record.getClass().getName() + " failed", e);
            }
        }

        /** {@code x.name(...)}: the method, as the bean model gives it. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                ShouldNotBeGetAsMethodException {
            TemplateHashModel model = bean();
            if (model instanceof MethodCallAwareTemplateHashModel methods) {
                return methods.getBeforeMethodCall(key);
            }
            return model.get(key);
        }

        private TemplateHashModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = wrapper.beanModel(record);
            }
            return (TemplateHashModel) bean;
        }

        @Override
        public boolean isEmpty() {
            return false; // as the bean model of a record: never empty
        }

        @Override
        public String getAsString() throws TemplateModelException {
            return ((TemplateScalarModel) bean()).getAsString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
