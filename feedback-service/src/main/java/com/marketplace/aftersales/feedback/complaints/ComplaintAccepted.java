package com.marketplace.aftersales.feedback.complaints;

import java.util.UUID;

record ComplaintAccepted(UUID complaintId) {
}
