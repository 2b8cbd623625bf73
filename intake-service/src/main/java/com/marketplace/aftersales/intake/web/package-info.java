/**
 * What every HTTP handler of intake shares: who may call (roles, the acting {@code Actor}), idempotent command
 * execution, the problems intake adds to the platform's, and the strict reading of request bodies.
 */
package com.marketplace.aftersales.intake.web;
