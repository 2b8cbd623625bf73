package com.marketplace.aftersales.devstack;

import java.io.PrintStream;
import java.util.Map;

/** Lets tests in other packages run a command in-process, as {@code ./aftersales} would. */
public final class DevstackAccess {

    private DevstackAccess() {
    }

    public static int run(String[] args, PrintStream out, Map<String, String> env) {
        return Devstack.run(args, out, env);
    }
}
