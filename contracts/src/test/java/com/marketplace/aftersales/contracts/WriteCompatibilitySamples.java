package com.marketplace.aftersales.contracts;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adds the current shape of every event type that has no stored sample yet to the compatibility set. Never
 * overwrites: existing samples are the promise made to readers. Run its {@code main} from the {@code contracts}
 * directory with the test classpath (any IDE does), then commit the new files.
 */
final class WriteCompatibilitySamples {

    private WriteCompatibilitySamples() {
    }

    public static void main(String[] args) throws IOException {
        for (CaseEvent event : SampleEvents.all()) {
            EventType type = EventTypes.of(event);
            Path dir = CompatibilityTest.SAMPLES.resolve(type.name());
            if (Files.isDirectory(dir)) {
                continue;
            }
            Files.createDirectories(dir);
            Path file = dir.resolve("v1.json");
            Files.write(file, EventCodec.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(SampleEvents.envelope(event)));
            System.out.println("wrote " + file);
        }
    }
}
