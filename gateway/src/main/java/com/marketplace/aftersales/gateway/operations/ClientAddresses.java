package com.marketplace.aftersales.gateway.operations;

import com.marketplace.aftersales.gateway.GatewayProperties;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who is on the other end: the address of the connection, unless that connection comes from a trusted proxy
 * ({@code aftersales.gateway.trusted-proxies}), in which case {@code X-Forwarded-For} is read from the right: each
 * trusted hop is skipped, the first untrusted address is the client. From anyone else the header is ignored, so a
 * client cannot pick its own address (and with it a fresh rate-limit bucket) by sending the header itself.
 */
@Component
public class ClientAddresses {

    private static final String ATTRIBUTE = ClientAddresses.class.getName() + ".address";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<AddressBlock> trustedProxies;

    ClientAddresses(GatewayProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream().map(AddressBlock::parse).toList();
    }

    /** The client's address, resolved once per request; {@code null} when the connection's address is unknown. */
    public InetAddress of(ServerWebExchange exchange) {
        Object cached = exchange.getAttributes().get(ATTRIBUTE);
        if (cached instanceof Resolved resolved) {
            return resolved.address();
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        InetAddress connection = remote == null ? null : remote.getAddress();
        List<String> forwarded = exchange.getRequest().getHeaders().getValuesAsList(FORWARDED_FOR);
        InetAddress client = resolve(connection, forwarded);
        exchange.getAttributes().put(ATTRIBUTE, new Resolved(client));
        return client;
    }

    InetAddress resolve(InetAddress connection, List<String> forwardedFor) {
        if (connection == null || forwardedFor.isEmpty() || !trusted(connection)) {
            return connection;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop);
            }
        }
        InetAddress client = connection;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = IpLiterals.parse(hops.get(i));
            if (hop == null) {
                // Not an address: nothing further left can be trusted; the last hop that was one stays the client.
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(block -> block.contains(address));
    }

    private record Resolved(InetAddress address) {
    }
}
