package com.marketplace.aftersales.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitPropertiesTest {

    private final RateLimitProperties defaults = new RateLimitProperties(null, null, null, null);

    @Test
    void customersGetTwentyASecondAndTheOtherRolesMore() {
        RateLimitProperties.Tier customer = defaults.principal().tierFor(List.of("CUSTOMER"));
        RateLimitProperties.Tier agent = defaults.principal().tierFor(List.of("AGENT"));

        assertThat(customer.limit()).isEqualTo(new RateLimitProperties.Limit(20.0, 40));
        assertThat(agent.limit().perSecond()).isGreaterThan(customer.limit().perSecond());
        assertThat(defaults.address()).isEqualTo(new RateLimitProperties.Limit(50.0, 100));
    }

    @Test
    void aCallerWithSeveralRolesGetsTheMostGenerousAndOneWithoutAListedRoleTheDefault() {
        RateLimitProperties.Principal principal = new RateLimitProperties.Principal(
                new RateLimitProperties.Limit(1.0, 1), Map.of("customer", new RateLimitProperties.Limit(20.0, 40),
                "ops-manager", new RateLimitProperties.Limit(80.0, 160)));

        assertThat(principal.tierFor(List.of("CUSTOMER", "OPS_MANAGER")).name()).isEqualTo("OPSMANAGER");
        assertThat(principal.tierFor(List.of("CUSTOMER", "OPS_MANAGER")).limit().perSecond()).isEqualTo(80.0);
        assertThat(principal.tierFor(List.of("AUDITOR")).name()).isEqualTo("default");
        assertThat(principal.tierFor(List.of()).limit().perSecond()).isEqualTo(1.0);
    }

    @Test
    void aLimitThatCannotWorkIsRefusedAtStart() {
        assertThatThrownBy(() -> new RateLimitProperties.Limit(0.0, 10)).hasMessageContaining("per-second");
        assertThatThrownBy(() -> new RateLimitProperties.Limit(5.0, 0)).hasMessageContaining("burst");
        assertThatThrownBy(() -> new RateLimitProperties(true, 0, null, null)).hasMessageContaining("max-keys");
    }

    @Test
    void ipv6AddressesShareABucketPerSlash64AndIpv4PerAddress() throws Exception {
        assertThat(RateLimits.addressKey(InetAddress.getByName("2001:db8:1:2:aaaa::1")))
                .isEqualTo(RateLimits.addressKey(InetAddress.getByName("2001:db8:1:2:bbbb::9")))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(RateLimits.addressKey(InetAddress.getByName("2001:db8:1:3::1"))).isNotEqualTo("2001:db8:1:2::/64");
        assertThat(RateLimits.addressKey(InetAddress.getByName("203.0.113.7"))).isEqualTo("203.0.113.7");
    }
}
