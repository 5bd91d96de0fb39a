package io.reformbench.web.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every REST endpoint the web module declares, found by reading its compiled resource classes. */
final class RestEndpoints {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE", HEAD.class, "HEAD");

    private RestEndpoints() {
    }

    /** Endpoints as {@code "VERB path"}, e.g. {@code "PUT items/{id}"}. */
    static List<String> all() {
        List<String> endpoints = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                VERBS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        Path sub = method.getAnnotation(Path.class);
                        endpoints.add(verb + " " + join(base, sub == null ? "" : sub.value()));
                    }
                });
            }
        }
        return endpoints.stream().sorted().toList();
    }

    private static String join(String base, String sub) {
        String path = (base + "/" + sub).replaceAll("/+", "/");
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> resourceClasses() {
        try {
            java.nio.file.Path classes = Paths.get(io.reformbench.web.rest.RestApplication.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI()).resolve("io/reformbench/web");
            try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
                return files.map(java.nio.file.Path::toString).filter(f -> f.endsWith(".class") && !f.contains("$"))
                        .map(f -> "io.reformbench.web." + classes.relativize(Paths.get(f)).toString()
                                .replace(".class", "").replace('/', '.'))
                        .map(RestEndpoints::load).filter(c -> c.isAnnotationPresent(Path.class)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RestEndpoints.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
