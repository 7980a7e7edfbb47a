package org.zhengwu.cli;

import java.lang.reflect.Method;

/** Runs the root command as {@code main} does, without exiting the JVM. */
final class ZhengwuCliAccess {

    private ZhengwuCliAccess() {
    }

    static int run(String... args) {
        try {
            Class<?> cli = Class.forName("org.zhengwu.ZhengwuCli");
            Method run = cli.getDeclaredMethod("run", String[].class);
            run.setAccessible(true);
            return (int) run.invoke(null, (Object) args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
