package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;

/**
 * Who may see a case (contracts §1): staff all; a customer their own; a merchant the cases of its orders; a warehouse
 * the cases whose returns go to it. A case the caller may not see is answered exactly like a case that does not
 * exist, so nobody learns which case ids are real.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    static boolean maySee(Caller caller, CaseRow row) {
        if (caller.isStaff()) {
            return true;
        }
        return caller.hasRole(Roles.CUSTOMER) && matches(caller.id(), row.customerId())
                || caller.hasRole(Roles.MERCHANT) && matches(caller.merchantId(), row.merchantId())
                || caller.hasRole(Roles.WAREHOUSE) && matches(caller.warehouseId(), row.warehouseId());
    }

    /** Both known and equal: a case whose merchant is not known yet is nobody's. */
    private static boolean matches(String claim, String owner) {
        return claim != null && !claim.isBlank() && claim.equals(owner);
    }
}
