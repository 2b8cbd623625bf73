package com.marketplace.aftersales.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compatibility set: events as earlier versions of the suite wrote them, stored under
 * {@code src/test/resources/compat/<event type>/}. Every stored sample must still be read by the current code, as
 * the right type, with its case id. Samples are never edited or deleted; a change of shape adds a new file. A new
 * event type adds its first sample with {@link WriteCompatibilitySamples}.
 */
class CompatibilityTest {

    static final Path SAMPLES = Path.of("src/test/resources/compat");

    static Stream<Path> storedSamples() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void everyEventTypeHasAtLeastOneStoredSample() {
        for (EventType type : EventTypes.all()) {
            Path dir = SAMPLES.resolve(type.name());
            assertThat(dir).as("no stored sample of %s; run WriteCompatibilitySamples", type.name()).isDirectory();
            assertThat(list(dir)).as("samples of %s", type.name()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedSamples")
    void aStoredSampleStillReadsAsItsType(Path sample) throws IOException {
        String typeName = sample.getParent().getFileName().toString();

        EventEnvelope<CaseEvent> event = EventCodec.decode(Files.readAllBytes(sample)).orElseThrow(
                () -> new AssertionError(typeName + " is no longer a known event type"));

        assertThat(event.type()).isEqualTo(typeName);
        assertThat(event.data()).isInstanceOf(EventTypes.byName(typeName).orElseThrow().javaType());
        assertThat(event.data().caseId().toString()).isEqualTo(event.subject());
        assertThat(event.data().actor()).isNotNull();
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
