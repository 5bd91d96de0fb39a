package io.reformbench.web.admin;

import io.reformbench.core.application.AccountChangedException;
import io.reformbench.core.application.AccountService;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.RuleViolationException;
import io.reformbench.core.application.UnknownAccountException;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.web.i18n.Notices;
import io.reformbench.web.i18n.ProblemTexts;
import io.reformbench.web.security.RequiresRole;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** Backs the users page: accounts, their roles and areas, temporary passwords, and deleting accounts. */
@Named
@ViewScoped
@RequiresRole(Role.ADMIN)
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    AccountChoices choices;

    @Inject
    Notices notices;

    @Inject
    ProblemTexts problems;

    private List<AccountRowDto> rows;
    private AccountForm form = new AccountForm();

    public List<AccountRowDto> getAccounts() {
        if (rows == null) {
            rows = accounts.accounts().stream().map(a -> AccountRowDto.of(a, choices.getAreaNames())).toList();
        }
        return rows;
    }

    /** Opens an empty form for a new account. */
    public void startCreate() {
        form = new AccountForm();
    }

    /** Opens the form on an account as it stands now, for changing it or resetting its password. */
    public void startEdit(String userName) {
        try {
            form = AccountForm.of(accounts.account(userName));
        } catch (UnknownAccountException gone) {
            refused(gone);
        }
    }

    public void create() {
        attempt("users.created", () -> accounts.create(form.getUserName(), form.getPassword(), form.chosenRoles(),
                form.chosenAreas()));
    }

    public void save() {
        attempt("users.saved", () -> accounts.update(form.getUserName(), form.getVersion(), form.chosenRoles(),
                form.chosenAreas(), form.isEnabled()));
    }

    public void resetPassword() {
        attempt("users.passwordReset", () -> accounts.resetPassword(form.getUserName(), form.getPassword()));
    }

    public void delete(String userName) {
        try {
            accounts.delete(userName);
            notices.info("users.deleted", userName);
        } catch (RuleViolationException | UnknownAccountException refused) {
            refused(refused);
        }
        rows = null;
    }

    /** Runs a change; on success reports it and tells the dialog to close, on refusal says why. */
    private void attempt(String doneKey, Runnable change) {
        try {
            change.run();
            notices.info(doneKey, form.getUserName());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (InvalidInputException | RuleViolationException | UnknownAccountException refused) {
            refused(refused);
        } catch (AccountChangedException conflict) {
            refused(conflict);
            startEdit(form.getUserName());
        } finally {
            form.clearPassword();
        }
        rows = null;
    }

    private void refused(RuntimeException refusal) {
        notices.errorText(null, problems.of(refusal));
    }

    public AccountForm getForm() { return form; }
}
