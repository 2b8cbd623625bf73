package com.marketplace.aftersales.gateway.devtokens;

record DevToken(String token) {
}
