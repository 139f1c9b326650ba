package org.onedoor.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.onedoor.shared.AccessRefused;

/** Tells any module who is acting in the current request. */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
            return Optional.of(signedIn.user());
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return find().orElseThrow(() -> new AccessRefused("You need to sign in to do this."));
    }

    /** The name stamped on records as their author: the username, or "system" for background work. */
    public String actorName() {
        return find().map(CurrentUser::username).orElse("system");
    }
}
