package com.marketplace.aftersales.systemtests;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/** A client of a server-sent event stream, as the app keeps one open per case it shows. */
final class EventStream implements AutoCloseable {

    record Event(String id, String name, String data, Instant receivedAt) {
    }

    private final List<Event> events = new ArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;
    private volatile boolean closed;

    EventStream(String url, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        // Read on a thread of its own: a callback on the future would run on the caller's thread if the headers had
        // already arrived, and read the endless stream there.
        Thread reader = new Thread(this::readWhenOpen, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readWhenOpen() {
        HttpResponse<Stream<String>> opened;
        try {
            opened = response.join();
        } catch (CompletionException | CancellationException e) {
            return; // never opened, or closed before it did: status() reports it
        }
        lines = opened.body();
        if (closed) {
            opened.body().close();
            return;
        }
        readEvents(opened.body());
    }

    int status() {
        return response.orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join().statusCode();
    }

    List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    private void readEvents(Stream<String> body) {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) body::iterator) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        synchronized (events) {
                            events.add(new Event(id, name, data.toString(), Instant.now()));
                        }
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (UncheckedIOException e) {
            // the stream was closed: by us, or by the server
        }
    }

    @Override
    public void close() {
        closed = true;
        if (lines != null) {
            lines.close();
        }
        response.cancel(true);
    }

    static Duration between(Instant from, Instant to) {
        return Duration.between(from, to);
    }

}
