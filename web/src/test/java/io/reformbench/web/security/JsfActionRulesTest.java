package io.reformbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Named;
import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every JSF action a page can post names a bean method that carries a role rule ({@link RequiresRole}), found by
 * reading the pages and the compiled beans: an action added without a rule fails here.
 */
class JsfActionRulesTest {

    /** Actions anyone may post: signing in. */
    private static final Set<String> PUBLIC_ACTIONS = Set.of("loginView.signIn");
    private static final Pattern ACTION = Pattern.compile(
            "(?:action|actionListener|listener|fileUploadListener)=\"#\\{(\\w+)\\.(\\w+)");

    @Test
    void everyActionOnEveryPageHasARoleRule() {
        Map<String, Class<?>> beans = namedBeans();
        List<String> actions = pageActions();
        assertThat(actions).as("the pages' actions").contains("pluginAdminView.install", "usersView.create",
                "signOut.signOut", "accountView.createToken");
        List<String> withoutRule = new ArrayList<>();
        for (String action : actions) {
            String[] parts = action.split("\\.");
            Class<?> bean = beans.get(parts[0]);
            assertThat(bean).as("the bean behind " + action).isNotNull();
            Optional<Method> method = Arrays.stream(bean.getMethods()).filter(m -> m.getName().equals(parts[1]))
                    .findFirst();
            assertThat(method).as(action + " is a method of " + bean.getName()).isPresent();
            if (!PUBLIC_ACTIONS.contains(action) && RoleRequirementInterceptor.required(method.get()).isEmpty()) {
                withoutRule.add(action);
            }
        }
        assertThat(withoutRule).as("actions without @RequiresRole").isEmpty();
    }

    private static List<String> pageActions() {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = ACTION.matcher(Files.readString(page));
                while (matcher.find()) {
                    actions.add(matcher.group(1) + "." + matcher.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(actions);
    }

    private static Map<String, Class<?>> namedBeans() {
        try {
            Path classes = Path.of(RequiresRole.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.map(p -> classes.relativize(p).toString())
                        .filter(f -> f.endsWith(".class") && !f.contains("$"))
                        .map(f -> load(f.replace(".class", "").replace('/', '.')))
                        .filter(c -> c.isAnnotationPresent(Named.class))
                        .collect(Collectors.toMap(JsfActionRulesTest::beanName, Function.identity()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String beanName(Class<?> type) {
        String value = type.getAnnotation(Named.class).value();
        return value.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : value;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JsfActionRulesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
