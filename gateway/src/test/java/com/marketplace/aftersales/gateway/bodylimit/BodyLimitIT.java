package com.marketplace.aftersales.gateway.bodylimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.gateway.BackendStub;
import com.marketplace.aftersales.gateway.Backends;
import com.marketplace.aftersales.gateway.GatewayIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/** Bodies over the limit are 413 at the edge; evidence uploads stream through whole and unchanged. */
class BodyLimitIT extends GatewayIntegrationTest {

    private static final int MB = 1024 * 1024;
    private static final int CHUNK = 64 * 1024;
    private static final String BOUNDARY = "gateway-test-boundary-7d2f";
    private static final HttpClient JDK_CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    private final String customer = TestTokens.customer("customer-" + UUID.randomUUID());
    private final String caseUri = "/api/v1/cases/" + UUID.randomUUID();

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingIsForwarded() throws Exception {
        String mark = UUID.randomUUID().toString();

        HttpResponse<String> answer = post(caseUri + "/messages", mark, HttpRequest.BodyPublishers.ofByteArray(
                new byte[MB + 1]));

        assertTooLarge(answer);
        assertThat(Backends.stub("intake").receivedWith(MARK, mark)).isEmpty();
    }

    @Test
    void aStreamedBodyIsCutOffAtTheLimitWithoutCountingAgainstTheBackend() throws Exception {
        String mark = UUID.randomUUID().toString();
        CircuitBreaker intake = circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("intake");
        long failedBefore = intake.getMetrics().getNumberOfFailedCalls();

        // No Content-Length (chunked): 17 × 64 KB, the last chunk crossing the 1 MB limit.
        HttpResponse<String> answer = post(caseUri + "/messages", mark, HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(new byte[17 * CHUNK])));

        assertTooLarge(answer);
        assertThat(Backends.stub("intake").receivedWith(MARK, mark)).as("no complete request reached intake")
                .isEmpty();
        assertThat(intake.getMetrics().getNumberOfFailedCalls()).as("the cut is not the backend's failure")
                .isEqualTo(failedBefore);
        assertThat(intake.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aFiveMegabyteEvidenceUploadStreamsThroughToIntakeIntact() throws Exception {
        byte[] upload = multipart(5 * MB);
        String withLength = UUID.randomUUID().toString();
        String chunked = UUID.randomUUID().toString();

        // Larger than the default limit of other routes and than WebFlux's in-memory limit (256 KB): it can only
        // pass if the evidence route takes more and nothing holds the body.
        client.post().uri(caseUri + "/evidence").header(MARK, withLength)
                .header(HttpHeaders.AUTHORIZATION, bearer(customer))
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY))
                .bodyValue(upload)
                .exchange().expectStatus().isCreated()
                .expectBody().json("{\"servedBy\":\"intake\"}");
        client.post().uri(caseUri + "/evidence").header(MARK, chunked)
                .header(HttpHeaders.AUTHORIZATION, bearer(customer))
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY))
                .body(BodyInserters.fromDataBuffers(chunks(upload)))
                .exchange().expectStatus().isCreated()
                .expectBody().json("{\"servedBy\":\"intake\"}");

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(upload));
        for (String mark : new String[] {withLength, chunked}) {
            BackendStub.Received received = Backends.stub("intake").receivedWith(MARK, mark).orElseThrow();
            assertThat(received.bodyLength()).isEqualTo(upload.length);
            assertThat(received.bodySha256()).isEqualTo(sha256);
        }
    }

    /**
     * Sent with the JDK's client: it reads an answer that comes before it finished sending the body, as a refusal at
     * the limit does, and releases everything.
     */
    private HttpResponse<String> post(String path, String mark, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl() + path))
                .header(MARK, mark)
                .header(FORWARDED_FOR, clientAddress)
                .header(HttpHeaders.AUTHORIZATION, bearer(customer))
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .timeout(Duration.ofSeconds(30))
                .POST(body)
                .build();
        return JDK_CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertTooLarge(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue(
                MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer.body()).contains("\"status\":413", "\"limitBytes\":" + MB);
    }

    /** A multipart body with one JPEG-looking file of {@code size} random bytes, as the app uploads evidence. */
    private static byte[] multipart(int size) throws Exception {
        byte[] file = new byte[size];
        new Random(42).nextBytes(file);
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xD8;
        file[2] = (byte) 0xFF;
        ByteArrayOutputStream body = new ByteArrayOutputStream(size + 512);
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"damage.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(file);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static Flux<DataBuffer> chunks(byte[] bytes) {
        return Flux.range(0, (bytes.length + CHUNK - 1) / CHUNK)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(
                        Arrays.copyOfRange(bytes, i * CHUNK, Math.min(bytes.length, (i + 1) * CHUNK))));
    }
}
