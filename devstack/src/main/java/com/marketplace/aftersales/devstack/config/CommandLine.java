package com.marketplace.aftersales.devstack.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code <command> [--option value | --option=value | --flag]...}. Options are checked against what the command
 * accepts, so a typo fails loudly instead of being ignored.
 */
public final class CommandLine {

    private final String command;
    private final Map<String, String> options;

    private CommandLine(String command, Map<String, String> options) {
        this.command = command;
        this.options = options;
    }

    /** @throws UsageException on an unknown option or an option without its value */
    public static CommandLine parse(String[] args, Set<String> valueOptions, Set<String> flags) {
        if (args.length == 0) {
            return new CommandLine("help", Map.of());
        }
        Map<String, String> options = new HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("Unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                options.put(name, "true");
            } else if (valueOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= rest.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = rest.get(++i);
                }
                options.put(name, value);
            } else {
                throw new UsageException("Unknown option --" + name);
            }
        }
        return new CommandLine(args[0], Map.copyOf(options));
    }

    public String command() {
        return command;
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }
}
