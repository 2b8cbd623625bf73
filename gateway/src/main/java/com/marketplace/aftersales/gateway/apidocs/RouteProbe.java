package com.marketplace.aftersales.gateway.apidocs;

import java.net.URI;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.AbstractServerHttpRequest;
import org.springframework.http.server.reactive.AbstractServerHttpResponse;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.adapter.DefaultServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A request that is never sent, only shown to the routes' predicates to ask where a method and path would go: the
 * merged API description keeps exactly what the gateway would route, decided by the routes themselves.
 */
final class RouteProbe {

    private static final ServerCodecConfigurer CODECS = ServerCodecConfigurer.create();
    private static final DefaultWebSessionManager SESSIONS = new DefaultWebSessionManager();
    private static final AcceptHeaderLocaleContextResolver LOCALES = new AcceptHeaderLocaleContextResolver();

    private RouteProbe() {
    }

    static ServerWebExchange exchange(HttpMethod method, String path) {
        return new DefaultServerWebExchange(new Request(method, URI.create("http://gateway.probe" + path)),
                new Response(), SESSIONS, CODECS, LOCALES);
    }

    private static final class Request extends AbstractServerHttpRequest {

        Request(HttpMethod method, URI uri) {
            super(method, uri, "", new HttpHeaders());
        }

        @Override
        protected MultiValueMap<String, HttpCookie> initCookies() {
            return new LinkedMultiValueMap<>();
        }

        @Override
        protected SslInfo initSslInfo() {
            return null;
        }

        @Override
        public <T> T getNativeRequest() {
            throw new UnsupportedOperationException("a route probe has no native request");
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.empty();
        }
    }

    private static final class Response extends AbstractServerHttpResponse {

        Response() {
            super(DefaultDataBufferFactory.sharedInstance);
        }

        @Override
        public <T> T getNativeResponse() {
            throw new UnsupportedOperationException("a route probe has no native response");
        }

        @Override
        protected Mono<Void> writeWithInternal(Publisher<? extends DataBuffer> body) {
            return Flux.from(body).doOnNext(DataBufferUtils::release).then();
        }

        @Override
        protected Mono<Void> writeAndFlushWithInternal(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return Flux.from(body).flatMap(Flux::from).doOnNext(DataBufferUtils::release).then();
        }

        @Override
        protected void applyStatusCode() {
        }

        @Override
        protected void applyHeaders() {
        }

        @Override
        protected void applyCookies() {
        }
    }
}
