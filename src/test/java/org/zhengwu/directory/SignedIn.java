package org.zhengwu.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.ActorPrincipal;

/** MockMvc requests signed in as an {@link Actor}, so that the platform's CurrentActor knows their person. */
public final class SignedIn {

    private SignedIn() {
    }

    record Principal(Actor actor) implements ActorPrincipal {
    }

    public static RequestPostProcessor as(Actor actor) {
        var authorities = actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return authentication(new UsernamePasswordAuthenticationToken(new Principal(actor), null, authorities));
    }
}
