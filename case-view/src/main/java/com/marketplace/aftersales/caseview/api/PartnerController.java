package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.caseview.api.Responses.Page;
import com.marketplace.aftersales.caseview.api.Responses.PartnerCase;
import com.marketplace.aftersales.platform.security.Roles;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Merchants' and warehouses' own work: the cases of a merchant's orders, the returns coming to a warehouse. */
@RestController
class PartnerController {

    private final CaseQueries queries;
    private final CaseViewProperties properties;

    PartnerController(CaseQueries queries, CaseViewProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping("/api/v1/merchant/cases")
    Mono<Page<PartnerCase>> merchantCases(@RequestParam(required = false) String status,
                                          @RequestParam(required = false) String page,
                                          @RequestParam(required = false) String size) {
        return VisibleCases.caller().flatMap(caller -> {
            if (!caller.hasRole(Roles.MERCHANT)) {
                return Mono.error(RequestParameters.forbidden("Merchants only"));
            }
            RequestParameters.ListRequest request = RequestParameters.list(page, size, status, properties.paging());
            if (caller.merchantId() == null || caller.merchantId().isBlank()) {
                return Mono.just(empty(request));
            }
            return queries.ofMerchant(caller.merchantId(), request).map(PartnerController::partnerPage);
        });
    }

    /** Returns addressed to the caller's warehouse, from authorised until received. */
    @GetMapping("/api/v1/warehouse/returns")
    Mono<Page<PartnerCase>> warehouseReturns(@RequestParam(required = false) String status,
                                             @RequestParam(required = false) String page,
                                             @RequestParam(required = false) String size) {
        return VisibleCases.caller().flatMap(caller -> {
            if (!caller.hasRole(Roles.WAREHOUSE)) {
                return Mono.error(RequestParameters.forbidden("Warehouses only"));
            }
            RequestParameters.ListRequest request = RequestParameters.list(page, size, status, properties.paging());
            if (caller.warehouseId() == null || caller.warehouseId().isBlank()) {
                return Mono.just(empty(request));
            }
            return queries.returnsTo(caller.warehouseId(), request).map(PartnerController::partnerPage);
        });
    }

    private static Page<PartnerCase> partnerPage(Page<CaseRow> rows) {
        return new Page<>(rows.items().stream().map(PartnerCase::of).toList(), rows.page(), rows.size(), rows.total());
    }

    /** A token without the merchant's (warehouse's) id owns nothing. */
    private static Page<PartnerCase> empty(RequestParameters.ListRequest request) {
        return new Page<>(List.of(), request.page().page(), request.page().size(), 0);
    }
}
