package io.reformbench.web.account;

import io.reformbench.core.application.OwnAccountService;
import io.reformbench.core.application.OwnAccountService.IssuedToken;
import io.reformbench.core.application.CurrentUser;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.RuleViolationException;
import io.reformbench.core.application.UnknownAccountException;
import io.reformbench.core.domain.model.account.Account;
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

/** Backs the account page: who the user is, and their API tokens, whose secret is shown once, when issued. */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OwnAccountService own;

    @Inject
    transient CurrentUser user;

    @Inject
    Notices notices;

    @Inject
    ProblemTexts problems;

    private List<TokenRowDto> tokens;
    private String tokenName;
    private String issuedSecret;

    public String getUserName() {
        return user.name();
    }

    /** The assigned role names, e.g. {@code planner}. */
    public List<String> getRoles() {
        Account account = own.me();
        return account.roles().stream().map(Role::roleName).toList();
    }

    public List<TokenRowDto> getTokens() {
        if (tokens == null) {
            tokens = own.tokens().stream().map(TokenRowDto::of).toList();
        }
        return tokens;
    }

    @RequiresRole(Role.VIEWER)
    public void createToken() {
        try {
            IssuedToken issued = own.createToken(tokenName);
            issuedSecret = issued.secret();
            tokenName = null;
            tokens = null;
            PrimeFaces.current().ajax().addCallbackParam("issued", true);
        } catch (InvalidInputException | RuleViolationException refused) {
            notices.errorText(null, problems.of(refused));
        }
    }

    @RequiresRole(Role.VIEWER)
    public void revokeToken(long id) {
        try {
            own.revokeToken(id);
            notices.info("account.tokenRevoked");
        } catch (UnknownAccountException refused) {
            notices.errorText(null, problems.of(refused));
        }
        tokens = null;
    }

    /** Drops the secret once its dialog is closed: it is never shown again. */
    @RequiresRole(Role.VIEWER)
    public void forgetSecret() {
        issuedSecret = null;
    }

    public String getIssuedSecret() { return issuedSecret; }

    public String getTokenName() { return tokenName; }

    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
}
