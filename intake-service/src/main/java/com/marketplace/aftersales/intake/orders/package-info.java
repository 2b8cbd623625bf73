/**
 * Intake's replica of the orders team's {@code commerce.orders.v1}: the facts a request is checked against (who owns
 * the order, its lines, what was paid) without calling the orders team on the request path.
 */
package com.marketplace.aftersales.intake.orders;
