/** The orders team's topic {@code commerce.orders.v1}, as the suite reads it. */
package com.marketplace.aftersales.contracts.orders;
