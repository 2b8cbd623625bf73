package com.marketplace.aftersales.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the {@code deploy} module's directory for the generators' {@code main} methods. */
final class DeployDirectory {

    private DeployDirectory() {
    }

    /** The first argument if given; else {@code ./deploy} from the repository root, or {@code .} inside the module. */
    static Path resolve(String[] args) {
        if (args.length > 0 && !args[0].isBlank()) {
            return requireModule(Path.of(args[0]));
        }
        Path fromRoot = Path.of("deploy");
        if (isModule(fromRoot)) {
            return fromRoot;
        }
        return requireModule(Path.of("."));
    }

    private static Path requireModule(Path dir) {
        if (!isModule(dir)) {
            throw new IllegalArgumentException(dir.toAbsolutePath().normalize()
                    + " is not the deploy module (no metrics.txt and kubernetes/ there); pass its path as argument");
        }
        return dir;
    }

    private static boolean isModule(Path dir) {
        return Files.isRegularFile(dir.resolve("metrics.txt")) && Files.isDirectory(dir.resolve("kubernetes"));
    }
}
