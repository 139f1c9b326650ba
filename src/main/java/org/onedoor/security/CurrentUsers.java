package org.onedoor.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.Messages;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells any module who is acting in the current request. */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
            return Optional.of(signedIn.user());
        }
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return find().orElseThrow(() -> new AccessRefused(Messages.text("security.refused.signInNeeded")));
    }

    /** The name stamped on records as their author: the username, or "system" for background work. */
    public String actorName() {
        return find().map(CurrentUser::username).orElse("system");
    }

    /**
     * Runs work as the given user outside a web request (start-up set-up, demo generation, batch jobs), with the
     * privileges their roles grant, and restores the previous security context afterwards.
     */
    public <T> T actingAs(CurrentUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        var authorities =
                user.authorityNames().stream().map(SimpleGrantedAuthority::new).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
