package dev.lectern.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * The Freemarker set-up: {@code .ftlh} templates with HTML auto-escaping, from the jar. Templates are
 * trusted code but get no way to instantiate classes or reach the Java API; a template error is a
 * programmer error and is rethrown, never printed into a page.
 */
final class PageTemplates {
    static final String CLASSPATH_ROOT = "lectern/templates";

    private final Configuration config;

    PageTemplates() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(new ClassTemplateLoader(PageTemplates.class.getClassLoader(), CLASSPATH_ROOT));
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setMemberAccessPolicy(new ModelAccess()); // records: x.name reads component name() (2.3.33+)
        cfg.setObjectWrapper(wrapper.build());
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setLocalizedLookup(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        this.config = cfg;
    }

    /** The page {@code name} (e.g. {@code lesson.ftlh}) rendered with {@code page} as its data model. */
    String render(String name, Record page) {
        return render(name, page, PageFrame.AUTHORS);
    }

    /** As {@link #render(String, Record)}, the page's frame given as the template variable {@code frame}. */
    String render(String name, Record page, PageFrame frame) {
        StringWriter out = new StringWriter();
        process(name, page, frame, out);
        return out.toString();
    }

    /**
     * As {@link #render}, written straight to UTF-8 bytes: for a page no later pass changes, such as
     * the validation page, which lists every lesson and can run to tens of megabytes (as a string,
     * then its bytes, it needed several times that in memory at once).
     */
    byte[] renderUtf8(String name, Record page) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16)) {
            process(name, page, PageFrame.AUTHORS, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write page " + name, e);
        }
        return bytes.toByteArray();
    }

    private void process(String name, Record page, PageFrame frame, Writer out) {
        try {
            Environment environment = config.getTemplate(name).createProcessingEnvironment(page, out);
            environment.setGlobalVariable("frame", config.getObjectWrapper().wrap(frame));
            environment.process();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + name, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * What templates may call: the public methods of Lectern's own types (page models, the content
     * model, {@link PageHtml}) and an {@link Optional}'s {@code present} and {@code get()}. Nothing
     * else of the JDK or of libraries ({@code getClass()}, class loaders, files).
     */
    private static final class ModelAccess implements MemberAccessPolicy, ClassMemberAccessPolicy {
        private static final Set<String> OPTIONAL_METHODS = Set.of("isPresent", "get");

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            return this;
        }

        @Override
        public boolean isMethodExposed(Method method) {
            Class<?> owner = method.getDeclaringClass();
            return owner == Optional.class ? OPTIONAL_METHODS.contains(method.getName())
                    : owner.getPackageName().startsWith("dev.lectern.");
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return true;
        }
    }
}
