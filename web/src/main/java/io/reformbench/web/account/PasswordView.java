package io.reformbench.web.account;

import io.reformbench.core.application.OwnAccountService;
import io.reformbench.core.application.Caller;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.PasswordRejectedException;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.web.i18n.Notices;
import io.reformbench.web.i18n.ProblemTexts;
import io.reformbench.web.security.RequiresRole;
import io.reformbench.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Backs the password page: the user's own change, and the change required before a first use of the workbench. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    OwnAccountService account;

    @Inject
    Notices notices;

    @Inject
    ProblemTexts problems;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    /** Whether the user is here because they must choose a new password before anything else. */
    public boolean isForced() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return SignedIn.caller(request).map(Caller::mustChangePassword).orElse(false);
    }

    @RequiresRole(Role.VIEWER)
    public String change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            notices.errorAt("passwordForm:confirmation", "password.problem.MISMATCH");
            return null;
        }
        try {
            account.changePassword(currentPassword, newPassword);
        } catch (PasswordRejectedException rejected) {
            notices.errorText("passwordForm:newPassword", problems.of(rejected));
            return null;
        } catch (InvalidInputException wrongCurrent) {
            notices.errorText("passwordForm:currentPassword", problems.of(wrongCurrent));
            return null;
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
        notices.info("password.changed");
        notices.keepAcrossRedirect();
        return "/index?faces-redirect=true";
    }

    public String getCurrentPassword() { return currentPassword; }

    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }

    public String getNewPassword() { return newPassword; }

    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }

    public String getConfirmation() { return confirmation; }

    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
