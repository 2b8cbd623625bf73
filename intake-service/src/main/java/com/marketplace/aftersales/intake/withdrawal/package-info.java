/** The customer withdraws a request, which is possible until goods or money have moved. */
package com.marketplace.aftersales.intake.withdrawal;
