/** The conversation inside a case between the customer and staff; every message is part of the case's record. */
package com.marketplace.aftersales.intake.messages;
