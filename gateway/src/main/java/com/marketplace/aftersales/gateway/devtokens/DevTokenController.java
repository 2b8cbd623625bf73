package com.marketplace.aftersales.gateway.devtokens;

import com.marketplace.aftersales.platform.security.Roles;
import com.marketplace.aftersales.platform.web.ApiProblem;
import com.marketplace.aftersales.platform.web.ApiProblem.FieldError;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The local profile's stand-in for the identity provider's login: a token for any subject and roles. */
@RestController
@Profile(DevTokenConfiguration.PROFILE)
class DevTokenController {

    private static final Logger log = LoggerFactory.getLogger(DevTokenController.class);
    /** Contracts §1, in the order they are listed there. */
    private static final List<String> KNOWN_ROLES = List.of(Roles.CUSTOMER, Roles.AGENT, Roles.SUPERVISOR,
            Roles.OPS_MANAGER, Roles.FINANCE, Roles.RISK, Roles.MERCHANT, Roles.WAREHOUSE);

    private final DevTokenIssuer issuer;

    DevTokenController(DevTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @PostMapping("/dev/tokens")
    DevToken issue(@Valid @RequestBody DevTokenRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.roles().size(); i++) {
            if (!KNOWN_ROLES.contains(request.roles().get(i))) {
                errors.add(new FieldError("roles[" + i + "]", "must be one of " + KNOWN_ROLES));
            }
        }
        Set<String> roles = Set.copyOf(request.roles());
        // Without them the services could match a merchant or warehouse to nothing: every case would be 404.
        if (roles.contains(Roles.MERCHANT) && request.merchantId() == null) {
            errors.add(new FieldError("merchantId", "is required for the MERCHANT role"));
        }
        if (roles.contains(Roles.WAREHOUSE) && request.warehouseId() == null) {
            errors.add(new FieldError("warehouseId", "is required for the WAREHOUSE role"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        log.info("Issued a dev token for {} with roles {}", request.sub(), request.roles());
        return new DevToken(issuer.issue(request.sub(), request.roles().stream().distinct().toList(),
                request.merchantId(), request.warehouseId()));
    }
}
