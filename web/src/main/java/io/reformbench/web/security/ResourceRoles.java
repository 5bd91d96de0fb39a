package io.reformbench.web.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Puts a role check in front of every REST method: the roles of its {@code @RolesAllowed} (on the method, else the
 * class), anyone for {@code @PermitAll}, and nobody for a method with neither, so a new endpoint is closed until it
 * is given a rule.
 */
@Provider
public class ResourceRoles implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : type.getAnnotation(RolesAllowed.class);
        if (roles == null && type.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        List<String> allowed = roles == null ? List.of() : List.of(roles.value());
        context.register(new RoleCheck(allowed, type.getSimpleName() + "." + method.getName()), RoleCheck.PRIORITY);
    }
}
