package io.reformbench.web.security;

import io.reformbench.core.application.AccessDeniedException;
import io.reformbench.core.application.Caller;
import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks {@link RequiresRole} on the server before an action runs, so a forged request for a button the page hid
 * is refused and logged. Looks up the request and the log per call, which keeps it safe on view-scoped beans.
 */
@Interceptor
@RequiresRole(Role.VIEWER)
@Priority(Interceptor.Priority.APPLICATION)
public class RoleRequirementInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        List<Role> required = required(method);
        Optional<HttpServletRequest> request = currentRequest();
        Optional<Caller> caller = request.flatMap(SignedIn::caller);
        if (caller.isEmpty() || required.stream().noneMatch(caller.get()::has)) {
            String action = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            CDI.current().select(SecurityLog.class).get().record(SecurityEventKind.ACCESS_DENIED,
                    caller.map(Caller::userName).orElse(null), request.map(HttpServletRequest::getRemoteAddr)
                            .orElse(null), "action " + action + " needs one of the roles " + names(required));
            throw new AccessDeniedException(caller.isEmpty() ? "Sign in first."
                    : "This needs one of the roles " + names(required) + ".");
        }
        return invocation.proceed();
    }

    static List<Role> required(Method method) {
        RequiresRole rule = method.isAnnotationPresent(RequiresRole.class) ? method.getAnnotation(RequiresRole.class)
                : method.getDeclaringClass().getAnnotation(RequiresRole.class);
        return rule == null ? List.of() : Arrays.asList(rule.value());
    }

    private static List<String> names(List<Role> roles) {
        return roles.stream().map(Role::roleName).toList();
    }

    private static Optional<HttpServletRequest> currentRequest() {
        try {
            HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
            request.getRemoteAddr();
            return Optional.of(request);
        } catch (ContextNotActiveException | IllegalStateException outsideRequest) {
            return Optional.empty();
        }
    }
}
