/**
 * The review loop: an agent approves, rejects or asks for more information; the customer answers and the case goes
 * back to review.
 */
package com.marketplace.aftersales.intake.review;
