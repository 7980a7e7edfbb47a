package org.zhengwu.platform;

import java.util.List;

/** A module's contribution to 我的待办, the to-do inbox: what this actor has to act on. */
public interface TodoSource {

    List<TodoItem> itemsFor(Actor actor);
}
