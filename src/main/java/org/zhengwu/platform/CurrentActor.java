package org.zhengwu.platform;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells who is acting now: the signed-in principal, or whoever {@link #runAs} names. */
@Component
public class CurrentActor {

    private static final ThreadLocal<Actor> OVERRIDE = new ThreadLocal<>();

    public Actor get() {
        var override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        return Actor.SYSTEM;
    }

    /** Runs the work as the given actor (the command line, a timer), then restores the previous one. */
    public static <T> T runAs(Actor actor, Supplier<T> work) {
        var previous = OVERRIDE.get();
        OVERRIDE.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static void runAs(Actor actor, Runnable work) {
        runAs(actor, () -> {
            work.run();
            return null;
        });
    }
}
