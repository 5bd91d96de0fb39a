package io.reformbench.web.security;

import io.reformbench.core.application.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.TreeSet;

/** What pages may show of the signed-in caller's rights, e.g. the areas whose actions the Gantt chart lets them edit. */
@Named
@RequestScoped
public class CallerView {

    @Inject
    HttpServletRequest request;

    /** The area keys the caller may edit, comma separated; empty when no area limit applies. */
    public String getEditAreas() {
        return SignedIn.caller(request).map(Caller::areas).map(areas -> String.join(",", new TreeSet<>(areas)))
                .orElse("");
    }
}
