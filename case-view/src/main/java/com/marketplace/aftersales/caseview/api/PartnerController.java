package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.caseview.api.Responses.Page;
import com.marketplace.aftersales.caseview.api.Responses.PartnerCase;
import com.marketplace.aftersales.caseview.api.Responses.PartnerCasePage;
import com.marketplace.aftersales.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.MediaType;
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

    @Operation(operationId = "caseViewListMerchantCases", tags = ApiDocumentation.PARTNER_WORK,
            summary = "The cases of the merchant's orders",
            description = "Role MERCHANT (else 403): the cases of orders of the token's `merchant_id`, newest first, "
                    + "optionally only those in one status. A token without `merchant_id` owns nothing (empty page).")
    @ApiResponse(responseCode = "200", description = "A page of the merchant's cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PartnerCasePage.class),
                    examples = @ExampleObject(value = ApiExamples.PARTNER_CASES)))
    @GetMapping("/api/v1/merchant/cases")
    Mono<PartnerCasePage> merchantCases(@RequestParam(required = false) String status,
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
    @Operation(operationId = "caseViewListWarehouseReturns", tags = ApiDocumentation.PARTNER_WORK,
            summary = "Returns coming to the warehouse",
            description = "Role WAREHOUSE (else 403): cases whose return goes to the token's `warehouse_id` and that "
                    + "are AWAITING_RETURN, RETURN_IN_TRANSIT or RETURN_RECEIVED, least recently updated first. A "
                    + "token without `warehouse_id` owns nothing (empty page).")
    @ApiResponse(responseCode = "200", description = "A page of returns",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PartnerCasePage.class),
                    examples = @ExampleObject(value = ApiExamples.PARTNER_CASES)))
    @GetMapping("/api/v1/warehouse/returns")
    Mono<PartnerCasePage> warehouseReturns(@RequestParam(required = false) String status,
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

    private static PartnerCasePage partnerPage(Page<CaseRow> rows) {
        return new PartnerCasePage(rows.items().stream().map(PartnerCase::of).toList(), rows.page(), rows.size(),
                rows.total());
    }

    /** A token without the merchant's (warehouse's) id owns nothing. */
    private static PartnerCasePage empty(RequestParameters.ListRequest request) {
        return new PartnerCasePage(List.of(), request.page().page(), request.page().size(), 0);
    }
}
