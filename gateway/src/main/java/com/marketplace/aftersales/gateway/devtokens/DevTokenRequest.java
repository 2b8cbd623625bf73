package com.marketplace.aftersales.gateway.devtokens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /dev/tokens} (contracts §1): who the token is for. */
record DevTokenRequest(
        @NotBlank @Size(max = 64) String sub,
        @NotEmpty List<@NotNull String> roles,
        @Size(min = 1, max = 64) String merchantId,
        @Size(min = 1, max = 64) String warehouseId) {
}
