package org.zhengwu.platform;

/** A Spring Security principal that knows its {@link Actor}. */
public interface ActorPrincipal {

    Actor actor();
}
