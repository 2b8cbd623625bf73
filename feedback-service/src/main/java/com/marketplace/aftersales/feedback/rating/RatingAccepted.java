package com.marketplace.aftersales.feedback.rating;

import java.util.UUID;

/** The answer to a rating: the case is closed with it. */
record RatingAccepted(UUID caseId, int rating, String status) {
}
