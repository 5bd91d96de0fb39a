package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.AccountRepository;
import io.reformbench.core.domain.model.account.ApiToken;
import io.reformbench.core.domain.model.account.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Accounts, tokens and the security log in the shared persistence unit. Looking up the caller's account never
 * flushes the caller's pending changes (a permission check in the middle of an edit must not write it early).
 */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "reformbench")
    private EntityManager em;

    @Override
    public List<Account> findAll() {
        return em.createNamedQuery("Account.findAll", Account.class).getResultList();
    }

    @Override
    public Optional<Account> findByUserName(String userName) {
        return em.createNamedQuery("Account.findByUserName", Account.class).setParameter("userName", userName)
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public long count() {
        return em.createNamedQuery("Account.count", Long.class).getSingleResult();
    }

    @Override
    public void store(Account account) {
        em.persist(account);
    }

    @Override
    public void remove(Account account) {
        em.remove(account);
    }

    @Override
    public Optional<ApiToken> findTokenByHash(String hash) {
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> findTokens(Account account) {
        return em.createNamedQuery("ApiToken.findByAccount", ApiToken.class).setParameter("account", account)
                .getResultList();
    }

    @Override
    public Optional<ApiToken> findToken(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public void store(ApiToken token) {
        em.persist(token);
    }

    @Override
    public void remove(ApiToken token) {
        em.remove(token);
    }

    @Override
    public void store(SecurityEvent event) {
        em.persist(event);
    }

    @Override
    public List<SecurityEvent> latestEvents(int limit) {
        return em.createQuery("SELECT e FROM SecurityEvent e ORDER BY e.at DESC, e.id DESC", SecurityEvent.class)
                .setMaxResults(limit).getResultList();
    }
}
