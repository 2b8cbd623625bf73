package com.marketplace.aftersales.caseview.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.platform.security.Caller;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseAccessTest {

    private final CaseRow aCase = row("customer-1", "merchant-1", "warehouse-1");

    @Test
    void staffSeeEveryCase() {
        for (String role : new String[]{"AGENT", "SUPERVISOR", "OPS_MANAGER", "FINANCE", "RISK"}) {
            assertThat(CaseAccess.maySee(new Caller("staff-1", Set.of(role), null, null), aCase)).as(role).isTrue();
        }
    }

    @Test
    void customersMerchantsAndWarehousesSeeOnlyTheirOwn() {
        assertThat(CaseAccess.maySee(customer("customer-1"), aCase)).isTrue();
        assertThat(CaseAccess.maySee(customer("customer-2"), aCase)).isFalse();
        assertThat(CaseAccess.maySee(new Caller("m", Set.of("MERCHANT"), "merchant-1", null), aCase)).isTrue();
        assertThat(CaseAccess.maySee(new Caller("m", Set.of("MERCHANT"), "merchant-2", null), aCase)).isFalse();
        assertThat(CaseAccess.maySee(new Caller("w", Set.of("WAREHOUSE"), null, "warehouse-1"), aCase)).isTrue();
        assertThat(CaseAccess.maySee(new Caller("w", Set.of("WAREHOUSE"), null, "warehouse-2"), aCase)).isFalse();
    }

    @Test
    void aClaimWithoutItsRoleOrARoleWithoutItsClaimGrantsNothing() {
        assertThat(CaseAccess.maySee(new Caller("m", Set.of("CUSTOMER"), "merchant-1", null), aCase)).isFalse();
        assertThat(CaseAccess.maySee(new Caller("merchant-1", Set.of("MERCHANT"), null, null), aCase)).isFalse();
        assertThat(CaseAccess.maySee(new Caller("customer-1", Set.of(), null, null), aCase)).isFalse();
    }

    @Test
    void aCaseWhoseOwnersAreNotKnownYetIsOnlyVisibleToStaff() {
        CaseRow early = row(null, null, null);

        assertThat(CaseAccess.maySee(new Caller("m", Set.of("MERCHANT"), null, null), early)).isFalse();
        assertThat(CaseAccess.maySee(new Caller("w", Set.of("WAREHOUSE"), null, null), early)).isFalse();
        assertThat(CaseAccess.maySee(new Caller("a", Set.of("AGENT"), null, null), early)).isTrue();
    }

    private static Caller customer(String id) {
        return new Caller(id, Set.of("CUSTOMER"), null, null);
    }

    private static CaseRow row(String customerId, String merchantId, String warehouseId) {
        return new CaseRow(UUID.randomUUID(), "AS-1", customerId, merchantId, "o", "l", "RETURN_REFUND", null, null,
                "SUBMITTED", null, null, null, null, null, null, warehouseId, null, 1, Instant.EPOCH, Instant.EPOCH);
    }
}
