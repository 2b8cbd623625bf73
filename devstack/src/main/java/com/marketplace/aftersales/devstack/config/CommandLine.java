package com.marketplace.aftersales.devstack.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code <command> [argument | --option value | --option=value | --flag]...}. Options are checked against what the
 * command accepts, so a typo fails loudly instead of being ignored. Plain arguments (the service of
 * {@code dlt-replay}) are accepted only by the commands that take them, and kept in order.
 */
public final class CommandLine {

    private final String command;
    private final Map<String, String> options;
    private final List<String> arguments;

    private CommandLine(String command, Map<String, String> options, List<String> arguments) {
        this.command = command;
        this.options = options;
        this.arguments = arguments;
    }

    /** @throws UsageException on an unknown option, an option without its value, or any plain argument */
    public static CommandLine parse(String[] args, Set<String> valueOptions, Set<String> flags) {
        return parse(args, valueOptions, flags, Set.of());
    }

    /**
     * @param commandsWithArguments the commands that take plain arguments; any other refuses them
     * @throws UsageException on an unknown option, an option without its value, or a plain argument to a command that
     *                        takes none
     */
    public static CommandLine parse(String[] args, Set<String> valueOptions, Set<String> flags,
                                    Set<String> commandsWithArguments) {
        if (args.length == 0) {
            return new CommandLine("help", Map.of(), List.of());
        }
        Map<String, String> options = new HashMap<>();
        List<String> arguments = new ArrayList<>();
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (!arg.startsWith("--")) {
                if (!commandsWithArguments.contains(args[0])) {
                    throw new UsageException("Unexpected argument '" + arg + "'");
                }
                arguments.add(arg);
                continue;
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
        return new CommandLine(args[0], Map.copyOf(options), List.copyOf(arguments));
    }

    /**
     * @param names what the command expects, for the message ({@code "<service>"})
     * @return the arguments, exactly as many as named
     * @throws UsageException when there are more or fewer
     */
    public List<String> requireArguments(String... names) {
        if (arguments.size() > names.length) {
            throw new UsageException("Unexpected argument '" + arguments.get(names.length) + "'");
        }
        if (arguments.size() < names.length) {
            throw new UsageException(command + " needs " + String.join(" ", List.of(names).subList(arguments.size(),
                    names.length)));
        }
        return arguments;
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
