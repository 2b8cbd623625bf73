package com.marketplace.aftersales.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.gateway.GatewayProperties;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindIngress = new ClientAddresses(
            new GatewayProperties(null, null, List.of("10.0.0.0/8", "fd00::/8")));

    @Test
    void fromAConnectionThatIsNoTrustedProxyTheHeaderIsIgnored() throws Exception {
        InetAddress phone = address("198.51.100.23");

        assertThat(behindIngress.resolve(phone, List.of("203.0.113.99"))).isEqualTo(phone);
        assertThat(new ClientAddresses(new GatewayProperties(null, null, List.of()))
                .resolve(address("10.1.2.3"), List.of("203.0.113.99"))).isEqualTo(address("10.1.2.3"));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheFirstUntrustedHopFromTheRight() throws Exception {
        InetAddress ingress = address("10.4.0.12");

        assertThat(behindIngress.resolve(ingress, List.of("203.0.113.7"))).isEqualTo(address("203.0.113.7"));
        // The client wrote its own header first; only what our proxies appended counts.
        assertThat(behindIngress.resolve(ingress, List.of("1.2.3.4, 203.0.113.7, 10.9.9.9")))
                .isEqualTo(address("203.0.113.7"));
        assertThat(behindIngress.resolve(ingress, List.of("1.2.3.4", "203.0.113.7")))
                .isEqualTo(address("203.0.113.7"));
        assertThat(behindIngress.resolve(ingress, List.of())).isEqualTo(ingress);
    }

    @Test
    void portsBracketsAndIpv6AreUnderstood() throws Exception {
        InetAddress ingress = address("fd00::5");

        assertThat(behindIngress.resolve(ingress, List.of("203.0.113.7:51234"))).isEqualTo(address("203.0.113.7"));
        assertThat(behindIngress.resolve(ingress, List.of("[2001:db8::1]:443"))).isEqualTo(address("2001:db8::1"));
        assertThat(behindIngress.resolve(ingress, List.of("2001:db8::2"))).isEqualTo(address("2001:db8::2"));
    }

    @Test
    void anythingButAnAddressEndsTheTrustWithoutAnyLookup() throws Exception {
        InetAddress ingress = address("10.4.0.12");

        // A name would need DNS; "unknown" and garbage are not addresses: the nearest real hop is the client.
        assertThat(behindIngress.resolve(ingress, List.of("localhost"))).isEqualTo(ingress);
        assertThat(behindIngress.resolve(ingress, List.of("203.0.113.7, unknown, 10.0.0.8")))
                .isEqualTo(address("10.0.0.8"));
        assertThat(IpLiterals.parse("300.1.1.1")).isNull();
        assertThat(IpLiterals.parse("cafe")).isNull();
        assertThat(IpLiterals.parse("fe80::1%eth0")).isNull();
        assertThat(IpLiterals.parse("1.2.3")).isNull();
    }

    @Test
    void blocksMatchByPrefixAndAMisconfiguredBlockStopsTheStart() throws Exception {
        assertThat(AddressBlock.parse("10.0.0.0/8").contains(address("10.255.0.1"))).isTrue();
        assertThat(AddressBlock.parse("10.0.0.0/8").contains(address("11.0.0.1"))).isFalse();
        assertThat(AddressBlock.parse("192.168.4.0/22").contains(address("192.168.7.200"))).isTrue();
        assertThat(AddressBlock.parse("192.168.4.0/22").contains(address("192.168.8.1"))).isFalse();
        assertThat(AddressBlock.parse("127.0.0.1").contains(address("127.0.0.1"))).isTrue();
        assertThat(AddressBlock.parse("fd00::/8").contains(address("10.0.0.1"))).isFalse();
        assertThatThrownBy(() -> AddressBlock.parse("ingress.local")).hasMessageContaining("trusted-proxies");
        assertThatThrownBy(() -> AddressBlock.parse("10.0.0.0/33")).hasMessageContaining("prefix");
    }

    private static InetAddress address(String literal) {
        return IpLiterals.parse(literal);
    }
}
